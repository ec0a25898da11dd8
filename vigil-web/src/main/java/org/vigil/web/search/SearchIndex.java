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
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
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
import org.vigil.linkage.value.Nicknames;

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
    private static final Nicknames NICKNAMES = Nicknames.standard();

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

        /** The name and each alias are separate values, so that no phrase runs from one into the next. */
        @Override
        public int getPositionIncrementGap(String field) {
            return 100;
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
        return new Built(nameQuery(q, searcher), "name");
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

    /**
     * Each name word exactly, as a nickname or a name it is a nickname of ({@code Dan} finds {@code Daniel} and
     * {@code Danny}, from linkage's table), by prefix, or within one or two edits, weighed in that order, the best way a
     * mention has it counting once; each word weighs by how rare it is among the names indexed, so a mention matching
     * "Kayleigh" of "Kayleigh Smith" ranks above one matching "Smith"; a mention giving the words as a phrase, in the
     * order asked, ranks higher still ({@code Daniel Smith} above {@code Daniel James Smith-Jones}). No score depends on
     * how long a name is or how many aliases it lists.
     */
    private Query nameQuery(String q, IndexSearcher searcher) throws IOException {
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
        float rarities = 0;
        for (String token : tokens) {
            float rarity = rarity(searcher, token);
            rarities += rarity;
            List<Query> ways = new ArrayList<>();
            ways.add(weighed(new TermQuery(new Term(NAME, token)), 4f * rarity));
            for (String nickname : NICKNAMES.relatedTo(token)) {
                ways.add(weighed(new TermQuery(new Term(NAME, nickname)), 2.5f * rarity));
            }
            if (token.length() >= 3) {
                ways.add(weighed(new PrefixQuery(new Term(NAME, token)), 1.5f * rarity));
                ways.add(weighed(new FuzzyQuery(new Term(NAME, token), 1, 1), 1.2f * rarity));
            }
            if (token.length() >= 6) {
                ways.add(weighed(new FuzzyQuery(new Term(NAME, token), 2, 1), 0.8f * rarity));
            }
            all.add(new DisjunctionMaxQuery(ways, 0f), Occur.SHOULD);
        }
        if (tokens.size() > 1) {
            all.add(weighed(new PhraseQuery(NAME, tokens.toArray(String[]::new)), 2f * rarities / tokens.size()),
                    Occur.SHOULD);
        }
        return all.build();
    }

    /** A match scored as {@code weight}, whatever Lucene's term statistics say. */
    private static Query weighed(Query query, float weight) {
        return new BoostQuery(new ConstantScoreQuery(query), weight);
    }

    /** BM25's inverse document frequency of a name word among the mentions indexed; highest for a word none has. */
    private static float rarity(IndexSearcher searcher, String token) throws IOException {
        long mentions = searcher.getIndexReader().numDocs();
        long having = searcher.getIndexReader().docFreq(new Term(NAME, token));
        return (float) Math.log(1 + (mentions - having + 0.5) / (having + 0.5));
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
