package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.inferencetco.catalog.ModelPriceCatalog;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.Commitment;
import com.inferencetco.model.CostCategory;
import com.inferencetco.model.CostSummaryRow;
import com.inferencetco.model.RecordKind;
import com.inferencetco.model.SourceKind;
import com.inferencetco.model.WorkloadPlacement;

/**
 * The month's economics from its summed records: invoiced cost from bills only, converted
 * at each day's rate; tokens counted once (a provider's usage export gives its tokens
 * when there is one, its bill otherwise); usage that no invoice covers priced from the
 * catalog at its tier into the estimated cost, never the invoiced cost; telemetry's busy
 * share; the modelled costs (engineering when the month self-hosts, compliance, owned
 * servers); and every workload's decision. One immutable {@link MonthResult} comes out.
 */
public final class MonthEconomics {

	private static final MathContext PRECISION = new MathContext(20);

	private final BillingMonth month;

	private final String currency;

	private final ExchangeRates rates;

	/** The workloads' usage of the last {@link #compute}. */
	private List<WorkloadUsage> usages = List.of();

	private MonthEconomics(BillingMonth month, String currency, ExchangeRates rates) {
		this.month = month;
		this.currency = currency;
		this.rates = rates;
	}

	public static MonthResult compute(BillingMonth month, String currency, ExchangeRates rates, TcoAssumptions given,
			List<CostSummaryRow> rows, List<WorkloadPlacement> placements) {
		MonthEconomics economics = new MonthEconomics(month, currency, rates);
		return DecidingDefaults.attach(economics.compute(given, rows, placements), given, economics::decideAgain);
	}

	private MonthResult compute(TcoAssumptions given, List<CostSummaryRow> rows, List<WorkloadPlacement> placements) {
		TcoAssumptions a = inReportCurrency(given);
		Map<String, Set<String>> usageAccounts = new HashMap<>();
		Set<String> providersInvoicingApi = new HashSet<>();
		for (CostSummaryRow row : rows) {
			if (row.source() == SourceKind.USAGE && row.kind() == RecordKind.TOKEN_USAGE) {
				usageAccounts.computeIfAbsent(row.provider(), p -> new HashSet<>()).add(row.tokenAccount());
			}
			if (row.source() == SourceKind.BILL && row.category() == CostCategory.API_TOKENS) {
				providersInvoicingApi.add(row.provider());
			}
		}
		Map<CostCategory, BigDecimal> byCategory = new EnumMap<>(CostCategory.class);
		for (CostCategory category : CostCategory.values()) {
			byCategory.put(category, BigDecimal.ZERO);
		}
		TokenMix tokens = TokenMix.NONE;
		BigDecimal egressGb = BigDecimal.ZERO;
		BigDecimal estimated = BigDecimal.ZERO;
		Map<String, BigDecimal> gpuHours = new TreeMap<>();
		Map<String, WorkloadTally> workloads = new LinkedHashMap<>();
		Map<String, BigDecimal> unpriced = new TreeMap<>();
		long unattributedSamples = 0;
		CommittedLines committed = new CommittedLines();
		ModelPriceCatalog catalog = ModelPriceCatalog.shipped();
		for (CostSummaryRow row : rows) {
			switch (row.source()) {
				case BILL -> {
					WorkloadTally w = workloads.computeIfAbsent(row.workload(), WorkloadTally::new);
					BigDecimal cost = rates.convert(row.cost(), row.currency(), currency, row.day());
					byCategory.merge(row.category(), cost, BigDecimal::add);
					w.cost = w.cost.add(cost);
					if (row.category() == CostCategory.GPU_COMPUTE) {
						w.gpuCost = w.gpuCost.add(cost);
					}
					if (row.category() == CostCategory.API_TOKENS) {
						w.apiTokenCost = w.apiTokenCost.add(cost);
					}
					if (row.kind() == RecordKind.TOKEN_USAGE && !replacedByUsage(row, usageAccounts)) {
						tokens = tokens.plus(TokenMix.of(row.tokenType(), row.tokens()));
						w.addTokens(row.tokenType(), row.tokens(), row.model(), row.day(), row.hour(), row.spanDays(),
								false);
					}
					if (row.kind() == RecordKind.GPU_HOURS) {
						gpuHours.merge(row.model().isEmpty() ? "GPU" : row.model(), row.gpuHours(), BigDecimal::add);
						w.addGpuHours(row.model(), row.gpuHours());
					}
					egressGb = egressGb.add(row.egressGb());
				}
				case USAGE -> {
					if (row.kind() == RecordKind.REQUESTS) {
						workloads.computeIfAbsent(row.workload(), WorkloadTally::new)
							.addRequests(row.provider(), row.quantity());
					}
					if (row.kind() != RecordKind.TOKEN_USAGE) {
						continue;
					}
					WorkloadTally w = workloads.computeIfAbsent(row.workload(), WorkloadTally::new);
					tokens = tokens.plus(TokenMix.of(row.tokenType(), row.tokens()));
					w.addTokens(row.tokenType(), row.tokens(), row.model(), row.day(), row.hour(), row.spanDays(),
							row.provider().equals("self-hosted"));
					w.addUsageTokens(row.provider(), row.tokens());
					if (UninvoicedUsage.isUninvoiced(row, providersInvoicingApi)) {
						BigDecimal estimate = UninvoicedUsage.estimate(catalog, a, row);
						if (estimate == null) {
							unpriced.merge(row.provider() + " " + row.model(), row.tokens(), BigDecimal::add);
						}
						else {
							BigDecimal converted = rates.convert(estimate, "USD", currency, row.day());
							estimated = estimated.add(converted);
							w.estimatedCost = w.estimatedCost.add(converted);
						}
					}
				}
				case TELEMETRY -> {
					if (row.kind() == RecordKind.GPU_UTILIZATION && !row.workload().isEmpty()) {
						workloads.computeIfAbsent(row.workload(), WorkloadTally::new)
							.addBusy(row.quantity(), row.lineCount());
					}
					else if (row.kind() == RecordKind.GPU_UTILIZATION) {
						unattributedSamples += row.lineCount();
					}
				}
				case AMORTIZED -> {
					// amortized views add nothing to the month's totals; the committed
					// share
					// of GPU usage tells the decisions which GPU time is already paid for
					var commitment = Commitment.fromSku(row.tier());
					if (commitment.isPresent()) {
						committed.add(row.workload(), commitment.get(), row.gpuHours(),
								rates.convert(row.cost(), row.currency(), currency, row.day()));
					}
				}
				default -> {
					// reference data adds nothing to the month's totals
				}
			}
		}
		committed.addTo(workloads);
		List<String> notes = new ArrayList<>();
		if (unattributedSamples > 0) {
			notes.add(unattributedSamples
					+ " GPU utilization samples name no workload (telemetry without a workload label, "
					+ "and no workloadsByHost or workloadsByModel entry for its host or model in the assumptions): they "
					+ "are counted in no workload's GPU busy time");
		}
		unpriced.forEach((model, count) -> notes.add(count.toPlainString() + " tokens of " + model
				+ " have no invoice and no catalog price: they are counted as tokens but not in the estimated cost"));
		List<WorkloadUsage> usages = workloads.values().stream().map(WorkloadTally::usage).toList();
		this.usages = usages;
		Decided decided = decide(a, usages);
		TcoEngine engine = decided.engine();
		SelfHostingCosts fixed = decided.fixed();
		boolean selfHosting = fixed.selfHosting();
		List<WorkloadAnalysis> analyses = new ArrayList<>(decided.analyses());
		idleOwnedServers(a, engine.onPremModel(), usages).ifPresent(notes::add);
		analyses.sort(Comparator.comparing(WorkloadAnalysis::cost).reversed().thenComparing(WorkloadAnalysis::name));
		BreakEvenInputs calculator = BreakEvenInputs.from(analyses, a);
		EngineFindings findings = engine
			.findings(egressGb, calculator.gpuHourlyRate(), calculator.tokensPerSecond(),
					calculator.serverlessPricePerMillion(), calculator.gpuHourlyRate(),
					ComplianceFlags.of(a, engine, placements))
			.withPools(decided.pools());
		byCategory.put(CostCategory.ENGINEERING_OVERHEAD, selfHosting ? fixed.engineeringPerMonth() : BigDecimal.ZERO);
		byCategory.put(CostCategory.COMPLIANCE,
				(a.choices().complianceApplies().appliesTo(selfHosting) ? findings.compliancePerMonth()
						: BigDecimal.ZERO)
					.add(selfHosting ? fixed.compliancePerMonth() : BigDecimal.ZERO));
		byCategory.put(CostCategory.ON_PREM, findings.onPremPerMonth());
		byCategory.replaceAll((category, amount) -> WorkloadTally.strip(amount.round(PRECISION)));
		BigDecimal cost = WorkloadTally.strip(sum(byCategory, true));
		BigDecimal estimatedCost = WorkloadTally.strip(estimated);
		BigDecimal tco = WorkloadTally.strip(cost.add(estimatedCost).add(sum(byCategory, false)));
		gpuHours.replaceAll((model, hours) -> WorkloadTally.strip(hours));
		return new MonthResult(byCategory, cost, estimatedCost, tco, tokens, gpuHours, WorkloadTally.strip(egressGb),
				List.copyOf(analyses), calculator, findings, a, List.copyOf(notes));
	}

	/** The month's decisions under assumptions already in the report currency. */
	private record Decided(TcoEngine engine, SelfHostingCosts fixed, List<WorkloadAnalysis> analyses,
			List<Pool> pools) {
	}

	private Decided decide(TcoAssumptions a, List<WorkloadUsage> usages) {
		TcoEngine engine = new TcoEngine(a, month);
		BigDecimal dedicatedHours = usages.stream()
			.filter(u -> u.deployment() == Deployment.DEDICATED)
			.map(WorkloadUsage::gpuHours)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		int dedicatedCount = (int) usages.stream().filter(u -> u.deployment() == Deployment.DEDICATED).count();
		boolean ownsServers = a.value(Parameter.SERVERS_OWNED).signum() > 0;
		// engineering overhead is the cost of running inference yourself: it applies when
		// the month self-hosts
		boolean selfHosting = dedicatedCount > 0 || ownsServers;
		SelfHostingCosts fixed = new SelfHostingCosts(engine.engineeringPerMonth(),
				a.value(Parameter.SELF_HOSTING_COMPLIANCE), selfHosting, dedicatedHours, dedicatedCount, ownsServers);
		BigDecimal usdToReport = rates.rateOrNull("USD", currency, month.value().atEndOfMonth());
		DecisionEngine decisions = new DecisionEngine(a, BigDecimal.valueOf(month.value().lengthOfMonth() * 24L), fixed,
				engine.onPremModel(), new ServerlessPrices(ModelPriceCatalog.shipped(), a, usdToReport), usdToReport,
				ownsServers ? ownedFleet(a, engine, usages) : null);
		List<WorkloadAnalysis> analyses = usages.stream().map(decisions::analyze).toList();
		BigDecimal hours = BigDecimal.valueOf(month.value().lengthOfMonth() * 24L);
		return new Decided(engine, fixed, analyses, new PoolDecision(a, hours, fixed).pools(usages, analyses));
	}

	/**
	 * The month's decisions again under other assumptions (in the assumptions' currency),
	 * on the usage of the last {@link #compute}: how a moved default changes them.
	 */
	private List<WorkloadAnalysis> decideAgain(TcoAssumptions given) {
		return decide(inReportCurrency(given), usages).analyses();
	}

	/** The assumptions' amounts at the ECB rate of the month's last day. */
	private TcoAssumptions inReportCurrency(TcoAssumptions given) {
		LocalDate lastDay = month.value().atEndOfMonth();
		return given.inCurrency(currency, rates.rateOrNull(given.assumptionsCurrency(), currency, lastDay),
				"the ECB rate of " + lastDay + " or the week before");
	}

	/**
	 * Owned servers that served no tokens: what switching them off would save (their
	 * running cost; the capital is sunk).
	 */
	private static Optional<String> idleOwnedServers(TcoAssumptions a, OnPremModel owned, List<WorkloadUsage> usages) {
		int servers = a.whole(Parameter.SERVERS_OWNED);
		if (servers == 0 || usages.stream().anyMatch(WorkloadUsage::servedOnOwnServers)) {
			return Optional.empty();
		}
		BigDecimal count = BigDecimal.valueOf(servers);
		return Optional.of(servers + " owned server(s) (onPremServersOwned) served no tokens this month (no "
				+ "serving metrics name them): switching them off saves their running cost, "
				+ Words.money(owned.runningPerServerMonth().multiply(count))
				+ " a month (power, colocation, operations staff); their capital, "
				+ Words.money(owned.capitalPerServerMonth().multiply(count))
				+ " a month, is sunk and stays in the TCO until they are sold or put to work");
	}

	/** The owned servers and the workloads they serve. */
	private static OwnedFleet ownedFleet(TcoAssumptions a, TcoEngine engine, List<WorkloadUsage> usages) {
		List<WorkloadUsage> served = usages.stream().filter(WorkloadUsage::servedOnOwnServers).toList();
		return new OwnedFleet(a.whole(Parameter.SERVERS_OWNED), engine.onPremModel().runningPerServerMonth(),
				served.stream().map(u -> u.served().total()).reduce(BigDecimal.ZERO, BigDecimal::add), served.size());
	}

	/**
	 * A bill's token quantity gives way to a usage export of the same provider that
	 * covers its account (or the whole provider, when the export names no account), so
	 * tokens are counted once.
	 */
	private static boolean replacedByUsage(CostSummaryRow row, Map<String, Set<String>> usageAccounts) {
		Set<String> accounts = usageAccounts.get(row.provider());
		return accounts != null && (accounts.contains("") || accounts.contains(row.tokenAccount()));
	}

	private static BigDecimal sum(Map<CostCategory, BigDecimal> byCategory, boolean invoiced) {
		return byCategory.entrySet()
			.stream()
			.filter(e -> e.getKey().invoiced() == invoiced)
			.map(Map.Entry::getValue)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
