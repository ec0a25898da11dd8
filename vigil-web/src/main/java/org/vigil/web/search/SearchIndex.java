package org.vigil.web.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.vigil.concern.Concern;
import org.vigil.concern.Place;
import org.vigil.concern.Subject;
import org.vigil.concern.Vehicle;

/** The in-memory Lucene index of mentions; thread-safe. */
public final class SearchIndex implements AutoCloseable {
    /** What a search looks in. */
    public enum Mode { NAMES, NARRATIVE }

    static final String KEY = "key";
    static final String CONCERN = "concern";
    static final String NAME = "name";
    static final String DISPLAY = "display";
    static final String ROLE = "role";
    static final String PHONE = "phone";
    static final String VRM = "vrm";
    static final String PLACE = "place";
    static final String NARRATIVE = "narrative";
    private static final int MAX_QUERY = 200;

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final Analyzer names = new FoldingAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public SearchIndex() {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(NAME, names, PLACE, names,
                NARRATIVE, names));
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the search index", e);
        }
    }

    /**
     * Names, places and narratives: standard tokens, lower case, accents folded both ways ("Zoë" finds "Zoe" and "Zoe"
     * finds "Zoë"), and an apostrophe taken as a space, so that "O Brien", "O'Brien" and "O’Brien" are the same words;
     * no stemming, no stop words.
     */
    private static final class FoldingAnalyzer extends Analyzer {
        private static final NormalizeCharMap APOSTROPHES;

        static {
            NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
            for (String apostrophe : List.of("'", "\u2019", "\u2018", "`")) {
                map.add(apostrophe, " ");
            }
            APOSTROPHES = map.build();
        }

        @Override
        protected Reader initReader(String field, Reader reader) {
            return new MappingCharFilter(APOSTROPHES, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream filtered = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, filtered);
        }
    }

    /** Indexes each mention of a concern; visible to searches after {@link #refresh()}. */
    public void add(Concern concern) {
        Map<String, Place> places = new java.util.HashMap<>();
        concern.places().forEach(p -> places.put(p.ref(), p));
        try {
            for (Subject s : concern.subjects()) {
                Document doc = new Document();
                doc.add(new StringField(KEY, s.mentionKey(concern.id()), Field.Store.YES));
                doc.add(new StringField(CONCERN, concern.id(), Field.Store.YES));
                doc.add(new StoredField(ROLE, s.role()));
                if (s.name() != null) {
                    doc.add(new TextField(NAME, s.name(), Field.Store.NO));
                    doc.add(new StoredField(DISPLAY, s.name()));
                }
                s.aliases().forEach(a -> doc.add(new TextField(NAME, a, Field.Store.NO)));
                s.phones().stream().map(Phones::normalise).filter(p -> p != null)
                        .forEach(p -> doc.add(new StringField(PHONE, p, Field.Store.NO)));
                s.vehicles().stream().map(Vehicle::vrm).map(Vrms::normalise).filter(v -> v != null)
                        .forEach(v -> doc.add(new StringField(VRM, v, Field.Store.NO)));
                for (String ref : s.places()) {
                    Place p = places.get(ref);
                    if (p != null) {
                        doc.add(new TextField(PLACE, (p.name() == null ? "" : p.name()) + " "
                                + (p.address() == null ? "" : p.address()), Field.Store.NO));
                    }
                }
                if (concern.narrative() != null) {
                    doc.add(new TextField(NARRATIVE, concern.narrative(), Field.Store.NO));
                }
                writer.addDocument(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index concern " + concern.id(), e);
        }
    }

    /** Makes everything added so far visible to searches. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the search index", e);
        }
    }

    /** The best {@code limit} mentions for a query; query syntax in {@code text} is never interpreted. */
    public List<SearchHit> search(String text, Mode mode, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Built built = mode == Mode.NARRATIVE ? narrative(q) : query(q, searcher);
                if (built.query == null) {
                    return List.of();
                }
                List<SearchHit> hits = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(built.query, limit).scoreDocs) {
                    Document d = searcher.storedFields().document(sd.doc);
                    hits.add(new SearchHit(d.get(KEY), d.get(CONCERN), d.get(DISPLAY), d.get(ROLE), sd.score,
                            built.kind));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private record Built(Query query, String kind) {
    }

    private Built query(String q, IndexSearcher searcher) throws IOException {
        if (Phones.looksLikePhone(q)) {
            String phone = Phones.normalise(q);
            return new Built(phone == null ? null : new TermQuery(new Term(PHONE, phone)), "phone " + phone);
        }
        if (Vrms.looksLikeVrm(q) && q.chars().anyMatch(c -> Character.isDigit(c) || c == '?' || c == '*')) {
            return new Built(vrm(Vrms.normalise(q), searcher), "registration " + Vrms.normalise(q));
        }
        return new Built(nameQuery(q), "name");
    }

    /** A registration: wildcards in the query, and stored partial marks that could be a complete one asked for. */
    private Query vrm(String vrm, IndexSearcher searcher) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        // Normalised marks hold only A-Z, 0-9, ? and *, so nothing else of the wildcard syntax can appear.
        any.add(vrm.indexOf('?') >= 0 || vrm.indexOf('*') >= 0 ? new WildcardQuery(new Term(VRM, vrm))
                : new TermQuery(new Term(VRM, vrm)), Occur.SHOULD);
        if (vrm.indexOf('*') < 0) {
            for (String partial : partialMarks(searcher)) {
                if (!partial.equals(vrm) && couldMatch(partial, vrm)) {
                    any.add(new TermQuery(new Term(VRM, partial)), Occur.SHOULD);
                }
            }
        }
        return any.build();
    }

    /** Two marks with ? for unknown characters could be the same vehicle. */
    private static boolean couldMatch(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != '?' && b.charAt(i) != '?' && a.charAt(i) != b.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> partialMarks(IndexSearcher searcher) throws IOException {
        Set<String> out = new HashSet<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(VRM);
            if (terms == null) {
                continue;
            }
            TermsEnum e = terms.iterator();
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                String mark = t.utf8ToString();
                if (mark.indexOf('?') >= 0) {
                    out.add(mark);
                }
            }
        }
        return out;
    }

    /** Each name token exactly (boosted), by prefix, and fuzzily; a mention matching more tokens ranks higher. */
    private Query nameQuery(String q) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = names.tokenStream(NAME, q)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && tokens.size() < 8) {
                tokens.add(term.toString());
            }
            ts.end();
        }
        if (tokens.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String token : tokens) {
            BooleanQuery.Builder one = new BooleanQuery.Builder();
            one.add(new BoostQuery(new TermQuery(new Term(NAME, token)), 4f), Occur.SHOULD);
            int edits = token.length() >= 6 ? 2 : token.length() >= 3 ? 1 : 0;
            if (edits > 0) {
                one.add(new FuzzyQuery(new Term(NAME, token), edits, 1), Occur.SHOULD);
            }
            if (token.length() >= 3) {
                one.add(new BoostQuery(new PrefixQuery(new Term(NAME, token)), 1.5f), Occur.SHOULD);
            }
            all.add(one.build(), Occur.SHOULD);
        }
        return all.build();
    }

    /** Narratives: the classic parser, but over the escaped text, so every word is just a word. */
    private Built narrative(String q) {
        QueryParser parser = new QueryParser(NARRATIVE, names);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return new Built(parser.parse(QueryParser.escape(q)), "narrative");
        } catch (ParseException e) {
            return new Built(null, "narrative");
        }
    }

    public int documents() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }
}
