package com.supplyrisk.referencedata;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.supplyrisk.SupplyRiskConfig;
import com.supplyrisk.catalog.Accelerator;
import com.supplyrisk.catalog.AcceleratorCatalog;
import com.supplyrisk.catalog.Approval;
import com.supplyrisk.catalog.BoardPower;
import com.supplyrisk.catalog.ApprovalKind;
import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.CountryGroups;
import com.supplyrisk.catalog.Eccn;
import com.supplyrisk.catalog.Evidence;
import com.supplyrisk.catalog.ExportControlThresholds;
import com.supplyrisk.catalog.Form;
import com.supplyrisk.exchangerates.FxRates;
import com.supplyrisk.exchangerates.FxTable;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.NearestNames;
import com.supplyrisk.catalog.PolicyRule;
import com.supplyrisk.catalog.PolicyTimeline;
import com.supplyrisk.catalog.ReferencePrice;
import com.supplyrisk.catalog.ReviewPolicy;
import com.supplyrisk.catalog.RentalRate;
import com.supplyrisk.catalog.RuleChange;
import com.supplyrisk.catalog.RuleMatch;
import com.supplyrisk.catalog.ScenarioOverrides;
import com.supplyrisk.catalog.ScenarioPreset;
import com.supplyrisk.catalog.Segment;
import com.supplyrisk.supply.ElectricityPrice;
import com.supplyrisk.supply.LeadTime;
import com.supplyrisk.supply.SupplyData;
import com.supplyrisk.supply.SupplyEstimate;
import com.supplyrisk.supply.SupplyMatch;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Loads the catalog, the policy timeline, the exchange rates and the supply data at start-up, from the files shipped in the
 * application or from replacements named in configuration. Any invalid entry stops the start with a message
 * naming the file and the entry. {@link #reload()} reads the files again and swaps in the new snapshot whole, or
 * refuses it and keeps the one in use; a request reads one snapshot throughout ({@link RequestData}).
 */
@ApplicationScoped
@Startup
public class ReferenceData {

    static final String ACCELERATORS = "data/accelerators.yaml";
    static final String POLICY = "data/policy.yaml";
    static final String FX = "data/fx.yaml";
    static final String SUPPLY = "data/supply.yaml";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final SupplyRiskConfig.Data files;
    private final AtomicReference<ReferenceSnapshot> current;

    @Inject
    public ReferenceData(SupplyRiskConfig config) {
        this(config.data());
    }

    /** Loads the files that {@code data} names, or the shipped ones where it names none. */
    public ReferenceData(SupplyRiskConfig.Data data) {
        this.files = data;
        this.current = new AtomicReference<>(load(data));
    }

    /** The snapshot new requests read. */
    public ReferenceSnapshot current() {
        return current.get();
    }

    /**
     * Reads the files again and, if all four are valid together, makes them the snapshot new requests read.
     *
     * @throws DataFileException naming the file and the entry that stopped it; the snapshot in use stays
     */
    public ReferenceSnapshot reload() {
        ReferenceSnapshot loaded = load(files);
        current.set(loaded);
        return loaded;
    }

    public PolicyTimeline policy() {
        return current().policy();
    }

    public AcceleratorCatalog catalog() {
        return current().catalog();
    }

    public FxRates fxRates() {
        return current().fxRates();
    }

    private static ReferenceSnapshot load(SupplyRiskConfig.Data data) {
        PolicyTimeline policy = loadPolicy(read(data.policy(), POLICY));
        AcceleratorCatalog catalog = loadCatalog(read(data.accelerators(), ACCELERATORS), policy.thresholds());
        FxRates fxRates = loadFx(read(data.fx(), FX));
        SupplyData supply = loadSupply(read(data.supply(), SUPPLY));
        checkAcross(policy, catalog, fxRates);
        checkSupply(supply, catalog, fxRates);
        Log.infof("Loaded %d accelerators (catalog %s), %d policy rules (policy %s), %d FX tables (fx %s), %d supply estimates"
                + " and %d lead times (supply %s)", catalog.all().size(), catalog.version(), policy.rules().size(), policy.version(),
                fxRates.tables().size(), fxRates.version(), supply.volumes().size(), supply.leadTimes().size(), supply.version());
        return new ReferenceSnapshot(policy, catalog, fxRates, supply);
    }

    public SupplyData supply() {
        return current().supply();
    }

    /** A data file's name (for messages) and its parsed tree. */
    record Source(String name, JsonNode root) {
    }

    static Source read(Optional<Path> replacement, String bundled) {
        if (replacement.isPresent()) {
            Path path = replacement.get();
            try (InputStream in = Files.newInputStream(path)) {
                return new Source(path.toString(), parse(in, path.toString()));
            } catch (IOException e) {
                throw new DataFileException(path + ": cannot be read (" + (Files.exists(path) ? e.getMessage() : "no such file")
                        + ")");
            }
        }
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(bundled)) {
            if (in == null) {
                throw new DataFileException(bundled + ": missing from the application");
            }
            return new Source(bundled, parse(in, bundled));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(InputStream in, String name) throws IOException {
        try {
            JsonNode root = YAML.readTree(in);
            if (root == null || !root.isObject()) {
                throw new DataFileException(name + ": is not a YAML mapping");
            }
            return root;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new DataFileException(name + ": is not valid YAML (" + e.getOriginalMessage() + ")");
        }
    }

    // File shapes: exactly the keys a data file may have.

    record AcceleratorsFile(String version, List<JsonNode> accelerators) {
    }

    record AcceleratorEntry(String id, String vendor, String name, String originCountry, Form form,
            Boolean marketedForDatacenter, Integer chipsPerUnit, Double bf16Tflops, Double memoryGb,
            Double memoryBandwidthTbps, Double tpp, Double dieAreaMm2, Integer launchYear, PriceEntry referenceUnitPrice,
            PowerEntry boardPower, RentalEntry referenceRentalRate, String specsSource, String classificationJudgement,
            String notes) {
    }

    record PriceEntry(Double amount, String currency, LocalDate asOf, String source) {
    }

    record PolicyFile(String version, ExportControlEntry exportControl, CountryGroupsEntry countryGroups, List<JsonNode> approvals,
            List<JsonNode> rules, List<JsonNode> scenarios) {
    }

    record CountryGroupsEntry(String source, Evidence evidence, List<JsonNode> groups, List<String> unlisted) {
    }

    record GroupEntry(String id, String description, List<String> members, List<DatedMemberEntry> dated) {
    }

    record DatedMemberEntry(String country, LocalDate from, LocalDate to, String source) {
    }

    record PowerEntry(Double watts, LocalDate asOf, Evidence evidence, String source) {
    }

    record RentalEntry(Double amount, String currency, RentalRate.Period period, LocalDate asOf, Evidence evidence,
            String source) {
    }

    record SupplyFile(String version, List<JsonNode> volumes, List<JsonNode> leadTimes, List<JsonNode> electricity,
            JsonNode electricityElsewhere) {
    }

    record SupplyMatchEntry(List<Channel> channels, List<String> accelerators, List<String> buyerCountries) {
    }

    record VolumeEntry(String id, SupplyMatchEntry match, LocalDate asOf, Double units, Double buyerShare, Evidence evidence,
            String source) {
    }

    record LeadTimeEntry(String id, SupplyMatchEntry match, LocalDate asOf, Double months, Evidence evidence, String source) {
    }

    record ElectricityEntry(String country, MoneyEntry price, LocalDate asOf, Evidence evidence, String source) {
    }

    record MoneyEntry(Double amount, String currency) {
    }

    record ExportControlEntry(ClassAEntry eccn3a090a, ClassBEntry eccn3a090b, String source) {
    }

    record ClassAEntry(Double tppAtLeast, Double densityTppAtLeast, Double densityAtLeast) {
    }

    record ClassBEntry(Double tppAtLeast, Double tppBelow, Double densityAtLeast, Double densityBelow, Double altTppAtLeast,
            Double altDensityAtLeast) {
    }

    record ApprovalEntry(String id, ApprovalKind kind, String description) {
    }

    record RuleEntry(String id, String approval, String authority, String requirement, LocalDate effectiveFrom,
            LocalDate effectiveTo, Integer priority, MatchEntry match, Double probability, Double monthlyHazard, ReviewPolicy review,
            Evidence evidence, String basis, String source) {
    }

    record MatchEntry(List<String> accelerators, List<String> eccn, List<String> origins, Boolean foreignToBuyer,
            List<String> destinations, List<String> destinationGroups, List<String> exceptDestinations,
            List<String> exceptDestinationGroups, List<String> headquarters, List<String> headquartersGroups, List<Segment> segments,
            List<Channel> channels, Double tppBelow, Double memoryBandwidthBelowTbps) {
    }

    record ScenarioEntry(String name, String description, String basis, OverridesEntry overrides) {
    }

    record OverridesEntry(Map<String, RuleChangeEntry> rules, Map<Channel, Double> premiums, Map<String, Double> fxRates) {
    }

    record RuleChangeEntry(Double probability, Double monthlyHazard) {
    }

    record FxFile(String version, List<JsonNode> tables) {
    }

    record FxEntry(LocalDate date, String source, Map<String, Double> perUsd) {
    }

    static PolicyTimeline loadPolicy(Source source) {
        PolicyFile file = shape(source, source.root(), PolicyFile.class, "the top level");
        String version = required(source, "version", file.version());
        try {
            LocalDate.parse(version);
        } catch (DateTimeParseException e) {
            throw new DataFileException(source.name() + ": version '" + version + "' must be the ISO date the rules were reviewed up to");
        }
        ExportControlEntry ec = required(source, "exportControl", file.exportControl());
        ClassAEntry a = required(source, "exportControl.eccn3a090a", ec.eccn3a090a());
        ClassBEntry b = required(source, "exportControl.eccn3a090b", ec.eccn3a090b());
        ExportControlThresholds thresholds = build(source, "exportControl", () -> new ExportControlThresholds(
                a.tppAtLeast(), a.densityTppAtLeast(), a.densityAtLeast(), b.tppAtLeast(), b.tppBelow(), b.densityAtLeast(),
                b.densityBelow(), b.altTppAtLeast(), b.altDensityAtLeast(), ec.source()));
        CountryGroupsEntry cg = required(source, "countryGroups", file.countryGroups());
        List<CountryGroups.Group> groups = entries(source, "countryGroups.groups", required(source, "countryGroups.groups", cg.groups()),
                GroupEntry.class, GroupEntry::id, ReferenceData::toGroup);
        CountryGroups countryGroups = build(source, "countryGroups", () -> new CountryGroups(groups,
                Set.copyOf(nonNull(cg.unlisted(), "unlisted")), cg.source(), nonNull(cg.evidence(), "evidence")));
        List<Approval> approvals = entries(source, "approvals", required(source, "approvals", file.approvals()), ApprovalEntry.class,
                ApprovalEntry::id, e -> new Approval(e.id(), e.kind(), e.description()));
        Map<String, Approval> approvalsById = new LinkedHashMap<>();
        approvals.forEach(approval -> {
            if (approvalsById.put(approval.id(), approval) != null) {
                throw new DataFileException(source.name() + ": approval '" + approval.id() + "' is defined twice");
            }
        });
        List<PolicyRule> rules = entries(source, "rules", required(source, "rules", file.rules()), RuleEntry.class, RuleEntry::id,
                e -> toRule(e, approvalsById));
        Set<String> ruleIds = new HashSet<>();
        rules.forEach(rule -> ruleIds.add(rule.id()));
        List<ScenarioPreset> scenarios = entries(source, "scenarios", required(source, "scenarios", file.scenarios()),
                ScenarioEntry.class, ScenarioEntry::name, e -> toScenario(e, ruleIds));
        return build(source, "rules", () -> new PolicyTimeline(version, thresholds, countryGroups, approvals, rules, scenarios));
    }

    private static PolicyRule toRule(RuleEntry e, Map<String, Approval> approvals) {
        Approval approval = approvals.get(e.approval());
        if (approval == null) {
            throw new IllegalArgumentException("approval '" + e.approval() + "' is not among the approvals " + approvals.keySet());
        }
        MatchEntry m = e.match() == null
                ? new MatchEntry(null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                : e.match();
        Set<Eccn> eccn = new HashSet<>();
        if (m.eccn() != null) {
            m.eccn().forEach(code -> eccn.add(Eccn.fromCode(code)));
        }
        var match = new RuleMatch(asSet(m.accelerators()), eccn, asSet(m.origins()), m.foreignToBuyer(), asSet(m.destinations()),
                asSet(m.destinationGroups()), asSet(m.exceptDestinations()), asSet(m.exceptDestinationGroups()),
                asSet(m.headquarters()), asSet(m.headquartersGroups()), asSet(m.segments()), asSet(m.channels()), m.tppBelow(),
                m.memoryBandwidthBelowTbps());
        return new PolicyRule(e.id(), approval, e.authority(), e.requirement(), nonNull(e.effectiveFrom(), "effectiveFrom"),
                e.effectiveTo(), nonNull(e.priority(), "priority"), match, nonNull(e.probability(), "probability"),
                nonNull(e.monthlyHazard(), "monthlyHazard"), e.review(), nonNull(e.evidence(), "evidence"), e.basis(), e.source());
    }

    private static CountryGroups.Group toGroup(GroupEntry e) {
        List<CountryGroups.DatedMember> dated = e.dated() == null ? List.of() : e.dated().stream()
                .map(d -> new CountryGroups.DatedMember(d.country(), d.from(), d.to(), d.source()))
                .toList();
        return new CountryGroups.Group(e.id(), e.description(), Set.copyOf(nonNull(e.members(), "members")), dated);
    }

    private static ScenarioPreset toScenario(ScenarioEntry e, Set<String> ruleIds) {
        OverridesEntry o = e.overrides() == null ? new OverridesEntry(null, null, null) : e.overrides();
        var rules = new LinkedHashMap<String, RuleChange>();
        if (o.rules() != null) {
            o.rules().forEach((id, change) -> {
                if (!ruleIds.contains(id)) {
                    throw new IllegalArgumentException("rule '" + id + "' is not among the rules; closest: "
                            + String.join(", ", NearestNames.of(ruleIds, id, 3)));
                }
                RuleChangeEntry c = nonNull(change, "overrides.rules." + id);
                rules.put(id, new RuleChange(c.probability(), c.monthlyHazard()));
            });
        }
        return new ScenarioPreset(e.name(), e.description(), e.basis(), new ScenarioOverrides(rules, o.premiums(), o.fxRates()));
    }

    static AcceleratorCatalog loadCatalog(Source source, ExportControlThresholds thresholds) {
        AcceleratorsFile file = shape(source, source.root(), AcceleratorsFile.class, "the top level");
        String version = required(source, "version", file.version());
        List<Accelerator> accelerators = entries(source, "accelerators", required(source, "accelerators", file.accelerators()),
                AcceleratorEntry.class, AcceleratorEntry::id, e -> toAccelerator(e, thresholds));
        return build(source, "accelerators", () -> new AcceleratorCatalog(version, accelerators));
    }

    private static Accelerator toAccelerator(AcceleratorEntry e, ExportControlThresholds thresholds) {
        PriceEntry price = nonNull(e.referenceUnitPrice(), "referenceUnitPrice");
        PowerEntry power = nonNull(e.boardPower(), "boardPower");
        RentalEntry rental = nonNull(e.referenceRentalRate(), "referenceRentalRate");
        boolean datacenter = nonNull(e.marketedForDatacenter(), "marketedForDatacenter");
        double tpp = nonNull(e.tpp(), "tpp");
        Form form = nonNull(e.form(), "form");
        Eccn chip = thresholds.classify(tpp, e.dieAreaMm2(), datacenter);
        var reference = new ReferencePrice(new Money(nonNull(price.amount(), "referenceUnitPrice.amount"), price.currency()),
                price.asOf(), price.source());
        var boardPower = new BoardPower(nonNull(power.watts(), "boardPower.watts"), power.asOf(), power.evidence(), power.source());
        var rentalRate = new RentalRate(new Money(nonNull(rental.amount(), "referenceRentalRate.amount"), rental.currency()),
                rental.period(), rental.asOf(), rental.evidence(), rental.source());
        return new Accelerator(e.id(), e.vendor(), e.name(), e.originCountry(), form, datacenter,
                nonNull(e.chipsPerUnit(), "chipsPerUnit"), nonNull(e.bf16Tflops(), "bf16Tflops"), e.memoryGb(),
                e.memoryBandwidthTbps(), tpp, e.dieAreaMm2(), e.launchYear(), reference, boardPower, rentalRate,
                form == Form.SYSTEM ? chip.ofSystem() : chip, e.specsSource(), e.classificationJudgement(), e.notes());
    }

    static FxRates loadFx(Source source) {
        FxFile file = shape(source, source.root(), FxFile.class, "the top level");
        String version = required(source, "version", file.version());
        List<FxTable> tables = entries(source, "tables", required(source, "tables", file.tables()), FxEntry.class,
                e -> String.valueOf(e.date()), e -> new FxTable(e.date(), e.source(), nonNull(e.perUsd(), "perUsd")));
        Set<String> currencies = tables.isEmpty() ? Set.of() : tables.get(0).perUsd().keySet();
        for (FxTable table : tables) {
            if (!table.perUsd().keySet().equals(currencies)) {
                throw new DataFileException(source.name() + ": table " + table.date() + " has currencies " + table.perUsd().keySet()
                        + ", the first table has " + currencies + "; every table must list the same currencies");
            }
        }
        return build(source, "tables", () -> new FxRates(version, tables));
    }

    static SupplyData loadSupply(Source source) {
        SupplyFile file = shape(source, source.root(), SupplyFile.class, "the top level");
        String version = required(source, "version", file.version());
        List<SupplyEstimate> volumes = entries(source, "volumes", required(source, "volumes", file.volumes()), VolumeEntry.class,
                VolumeEntry::id, e -> new SupplyEstimate(e.id(), match(e.match()), e.asOf(), nonNull(e.units(), "units"),
                        nonNull(e.buyerShare(), "buyerShare"), e.evidence(), e.source()));
        List<LeadTime> leadTimes = entries(source, "leadTimes", required(source, "leadTimes", file.leadTimes()),
                LeadTimeEntry.class, LeadTimeEntry::id, e -> new LeadTime(e.id(), match(e.match()), e.asOf(),
                        nonNull(e.months(), "months"), e.evidence(), e.source()));
        List<ElectricityPrice> electricity = entries(source, "electricity", required(source, "electricity", file.electricity()),
                ElectricityEntry.class, e -> e.country() + " " + e.asOf(), e -> electricity(e, true));
        ElectricityEntry elsewhere = shape(source, required(source, "electricityElsewhere", file.electricityElsewhere()),
                ElectricityEntry.class, "electricityElsewhere");
        ElectricityPrice fallback = build(source, "electricityElsewhere", () -> electricity(elsewhere, false));
        return build(source, "the top level", () -> new SupplyData(version, volumes, leadTimes, electricity, fallback));
    }

    private static SupplyMatch match(SupplyMatchEntry m) {
        SupplyMatchEntry entry = nonNull(m, "match");
        return new SupplyMatch(asSet(nonNull(entry.channels(), "match.channels")), asSet(entry.accelerators()),
                asSet(entry.buyerCountries()));
    }

    /** {@code named}: an entry of the list, which must name its country; the price elsewhere must name none. */
    private static ElectricityPrice electricity(ElectricityEntry e, boolean named) {
        if (named != (e.country() != null)) {
            throw new IllegalArgumentException(named ? "key 'country' is missing" : "key 'country' is not allowed here");
        }
        MoneyEntry price = nonNull(e.price(), "price");
        return new ElectricityPrice(e.country(), new Money(nonNull(price.amount(), "price.amount"), price.currency()), e.asOf(),
                e.evidence(), e.source());
    }

    /** Every accelerator the supply data names is in the catalog; every price is in a currency the FX tables have. */
    private static void checkSupply(SupplyData supply, AcceleratorCatalog catalog, FxRates fx) {
        Set<String> currencies = new HashSet<>(fx.tables().get(0).perUsd().keySet());
        currencies.add("USD");
        var matches = new LinkedHashMap<String, SupplyMatch>();
        supply.volumes().forEach(v -> matches.put("volume '" + v.id() + "'", v.match()));
        supply.leadTimes().forEach(t -> matches.put("lead time '" + t.id() + "'", t.match()));
        matches.forEach((entry, match) -> match.accelerators().stream().sorted().forEach(id -> {
            if (catalog.find(id).isEmpty()) {
                throw new DataFileException(SUPPLY + ": " + entry + " names accelerator '" + id + "', which the catalog does not have");
            }
        }));
        for (ElectricityPrice price : supply.electricityPrices()) {
            String currency = price.perKwh().currency();
            if (!currencies.contains(currency)) {
                throw new DataFileException(SUPPLY + ": the electricity price of " + (price.country() == null ? "elsewhere" : price.country())
                        + " is in " + currency + ", which the FX tables do not have");
            }
        }
        for (Accelerator accelerator : catalog.all()) {
            String currency = accelerator.referenceRentalRate().price().currency();
            if (!currencies.contains(currency)) {
                throw new DataFileException(ACCELERATORS + ": accelerator '" + accelerator.id() + "' is rented in " + currency
                        + ", which the FX tables do not have");
            }
        }
    }

    private static void checkAcross(PolicyTimeline policy, AcceleratorCatalog catalog, FxRates fx) {
        for (PolicyRule rule : policy.rules()) {
            for (String id : rule.match().accelerators()) {
                if (catalog.find(id).isEmpty()) {
                    throw new DataFileException(POLICY + ": rule '" + rule.id() + "' names accelerator '" + id
                            + "', which the catalog does not have");
                }
            }
        }
        Set<String> currencies = fx.tables().get(0).perUsd().keySet();
        for (ScenarioPreset scenario : policy.scenarios()) {
            for (String currency : scenario.overrides().fxRates().keySet()) {
                if (!currencies.contains(currency)) {
                    throw new DataFileException(POLICY + ": scenario '" + scenario.name() + "' sets a rate for " + currency
                            + ", which the FX tables do not have");
                }
            }
        }
        for (Accelerator accelerator : catalog.all()) {
            String currency = accelerator.referenceUnitPrice().price().currency();
            if (!currencies.contains(currency)) {
                throw new DataFileException(ACCELERATORS + ": accelerator '" + accelerator.id() + "' is priced in " + currency
                        + ", which the FX tables do not have");
            }
        }
    }

    private static <E, T> List<T> entries(Source source, String list, List<JsonNode> nodes, Class<E> shape,
            Function<E, String> name, Function<E, T> build) {
        var built = new ArrayList<T>();
        for (int i = 0; i < nodes.size(); i++) {
            String where = list + "[" + i + "]";
            JsonNode id = nodes.get(i).has("id") ? nodes.get(i).path("id") : nodes.get(i).path("name");
            E entry = shape(source, nodes.get(i), shape, id.isTextual() ? where + " (" + id.asText() + ")" : where);
            String entryName = where + " (" + name.apply(entry) + ")";
            built.add(build(source, entryName, () -> build.apply(entry)));
        }
        return built;
    }

    private static <T> T shape(Source source, JsonNode node, Class<T> type, String where) {
        try {
            return YAML.treeToValue(node, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((x, y) -> y.startsWith("[") ? x + y : x + "." + y)
                    .orElse("");
            throw new DataFileException(source.name() + ": " + where + (field.isEmpty() ? "" : ", key '" + field + "'") + ": "
                    + problem(e));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new DataFileException(source.name() + ": " + where + ": " + e.getOriginalMessage());
        }
    }

    private static String problem(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
            return "unknown key";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException format) {
            return "value '" + format.getValue() + "' is not allowed here";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
            return "value of the wrong type";
        }
        return e.getOriginalMessage().replaceAll(" \\(class [^)]*\\)", "").replaceAll("`[^`]*`", "value");
    }

    private static <T> T build(Source source, String where, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DataFileException(source.name() + ": " + where + ": " + e.getMessage());
        }
    }

    private static <T> T required(Source source, String key, T value) {
        if (value == null) {
            throw new DataFileException(source.name() + ": key '" + key + "' is missing");
        }
        return value;
    }

    private static <T> T nonNull(T value, String key) {
        if (value == null) {
            throw new IllegalArgumentException("key '" + key + "' is missing");
        }
        return value;
    }

    private static <T> Set<T> asSet(List<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
