package org.vigil.harm.weights;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Builds {@code offence_weights.csv} from the three source tables bundled beside it, so the derived
 * table can be checked against its sources ({@link OffenceTableDerivationTest}) and regenerated when
 * they change. Rule: each code of {@code ho_offence_codes.csv} takes the offence-level value of
 * {@code weights.csv} if that file has a row naming the code; otherwise the CCHI 2026 median of its
 * subgroup from {@code cchi_weights.csv}, marked SUBGROUP FALLBACK.
 */
final class OffenceTableDerivation {
    static final String HEADER_LINE =
            "ho_code,offence,ons_subgroup,cchi_subgroup,category,weight_days,basis,source";

    /**
     * ONS hierarchy subgroup (as in ho_offence_codes.csv) to CCHI/PRC subgroup (as in
     * cchi_weights.csv). The two publications name the same subgroups differently.
     */
    private static final Map<String, String> ONS_TO_CCHI = Map.ofEntries(
            Map.entry("Rape", "Rape offences"),
            Map.entry("Other sexual offences", "Other sexual offences"),
            Map.entry("Violence without injury", "Violence without injury"),
            Map.entry("Miscellaneous crimes against society", "Miscellaneous crimes against society"),
            Map.entry("Trafficking of drugs", "Trafficking of drugs"),
            Map.entry("Domestic burglary", "Residential burglary"),
            Map.entry("Non-domestic burglary", "Non-residential burglary"),
            Map.entry("Theft of a motor vehicle", "Vehicle offences"),
            Map.entry("Theft from a vehicle", "Vehicle offences"),
            Map.entry("Vehicle interference", "Vehicle offences"),
            Map.entry("Violence with injury", "Violence with injury"),
            Map.entry("Homicide", "Homicide"),
            Map.entry("Harassment", "Stalking and harassment"),
            Map.entry("Criminal damage", "Criminal damage"),
            Map.entry("Arson", "Arson"),
            Map.entry("Other theft offences", "Other theft offences"),
            Map.entry("Bicycle theft", "Bicycle theft"),
            Map.entry("Theft from the person", "Theft from the person"),
            Map.entry("Shoplifting", "Shoplifting"),
            Map.entry("Possession of drugs", "Possession of drugs"),
            Map.entry("Public order offences", "Public order offences"),
            Map.entry("Possession of weapons offences", "Possession of weapons offences"));

    /**
     * Codes whose CCHI subgroup is not found by their ONS subgroup: robbery splits by HO code (34A
     * business, 34B personal, per weights.csv); stalking (8Q) and harassment (8L) form their own PRC
     * subgroup since 2017/18, while the ONS hierarchy still files them under violence.
     */
    private static final Map<String, String> CODE_TO_CCHI = Map.of(
            "34A", "Robbery of business property",
            "34B", "Robbery of personal property",
            "8Q", "Stalking and harassment",
            "8L", "Stalking and harassment");

    private static final Pattern HO_CODES = Pattern.compile("HO ([0-9][0-9A-Z.]*(?:/[0-9][0-9A-Z.]*)*)\\)$");
    private static final Pattern SUBGROUP_DETAIL = Pattern.compile("\\); (n=.*)$");

    private OffenceTableDerivation() {}

    /** The derived table as CSV text, "\n" line ends. */
    static String derive() {
        Map<String, CSVRecord> subgroups = new LinkedHashMap<>();
        for (CSVRecord r : read("cchi_weights.csv")) {
            subgroups.put(r.get("prc_subgroup"), r);
        }
        List<CSVRecord> weights = read("weights.csv");
        Map<String, CSVRecord> offenceRows = new LinkedHashMap<>();
        for (CSVRecord r : weights) {
            String category = r.get("category");
            if (category.startsWith("CCHI subgroup") || category.startsWith("police.uk category")) {
                continue;
            }
            Matcher m = HO_CODES.matcher(r.get("offence"));
            if (m.find()) {
                for (String code : m.group(1).split("/")) {
                    offenceRows.put(code, r);
                }
            }
        }
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord((Object[]) HEADER_LINE.split(","));
            for (CSVRecord code : read("ho_offence_codes.csv")) {
                String ho = code.get("ho_code");
                String ons = code.get("ons_subgroup");
                String cchi = CODE_TO_CCHI.getOrDefault(ho, ONS_TO_CCHI.get(ons));
                CSVRecord subgroup = cchi == null ? null : subgroups.get(cchi);
                if (subgroup == null) {
                    throw new IllegalStateException("no CCHI subgroup for HO " + ho + " (ONS subgroup '" + ons + "')");
                }
                double median = Double.parseDouble(subgroup.get("cchi_days"));
                CSVRecord own = offenceRows.get(ho);
                double days;
                String basis;
                String source;
                if (own != null) {
                    days = Double.parseDouble(own.get("weight_days"));
                    source = own.get("source");
                    basis = source.startsWith("SUBGROUP FALLBACK") ? "subgroup-fallback" : "offence-level";
                    if (basis.equals("subgroup-fallback") && days != median) {
                        throw new IllegalStateException("HO " + ho + ": weights.csv fallback " + days
                                + " is not the median " + median + " of subgroup " + cchi);
                    }
                } else {
                    days = median;
                    basis = "subgroup-fallback";
                    source = "SUBGROUP FALLBACK - offence-level CCHI row not obtained (Cambridge-CCHI-2026-update.xlsx"
                            + " not retrievable); value is the CCHI 2026 median of subgroup '" + cchi + "' ("
                            + detail(weights, cchi) + ") from isthisben/cbl-realcrime data/cchi_weights.csv, the subgroup"
                            + " ONSdigital/dp-hierarchy-builder places this code in ('" + ons + "'). Real offence-level"
                            + " value likely differs - replace from Cambridge-CCHI xlsx";
                }
                printer.printRecord(ho, code.get("label"), ons, cchi, subgroup.get("category"), plain(days), basis, source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** "n=138; range 5-2555" from the weights.csv row of that subgroup. */
    private static String detail(List<CSVRecord> weights, String cchiSubgroup) {
        for (CSVRecord r : weights) {
            String offence = r.get("offence");
            if (r.get("category").startsWith("CCHI subgroup")
                    && (offence.equals(cchiSubgroup) || offence.startsWith(cchiSubgroup + " ("))) {
                Matcher m = SUBGROUP_DETAIL.matcher(r.get("source"));
                return m.find() ? "CCHI 2026 " + m.group(1) : "CCHI 2026";
            }
        }
        throw new IllegalStateException("weights.csv has no subgroup row for " + cchiSubgroup);
    }

    private static String plain(double days) {
        return new BigDecimal(Double.toString(days)).stripTrailingZeros().toPlainString();
    }

    private static List<CSVRecord> read(String name) {
        String resource = "/org/vigil/harm/" + name;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = OffenceTableDerivation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                return new ArrayList<>(parser.getRecords());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
