package com.inferencetco.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The column names of Azure's usage files downloaded by a German-language account, and
 * the English name each stands for: the file is then read as its English layout. Four of
 * them are named as the downloaded file's columns in Microsoft's German documentation
 * ("Kategorie der Verbrauchseinheit", "Instanz-ID", "Verbrauchte Menge", "Maßeinheit";
 * Azure Monitor, "Verwalten von Nutzung und Kosten"); the others follow the terms of the
 * German field reference ("Verbrauchseinheit" for meter, "Abonnement-ID", "Kosten"); the
 * download's other form writes the English name in parentheses after the German one. A
 * German file with other names is refused naming its header, never read as empty.
 */
public final class AzureGermanHeaders {

	private static final Map<String, String> ENGLISH = Map.ofEntries(Map.entry("Nutzungsdatum", "UsageDateTime"),
			Map.entry("Datum", "Date"), Map.entry("Kategorie der Verbrauchseinheit", "MeterCategory"),
			Map.entry("Unterkategorie der Verbrauchseinheit", "MeterSubCategory"),
			Map.entry("Name der Verbrauchseinheit", "MeterName"),
			Map.entry("Region der Verbrauchseinheit", "MeterRegion"), Map.entry("ID der Verbrauchseinheit", "MeterId"),
			Map.entry("Verbrauchte Menge", "UsageQuantity"), Map.entry("Menge", "Quantity"),
			Map.entry("Maßeinheit", "UnitOfMeasure"), Map.entry("Kosten vor Steuern", "PreTaxCost"),
			Map.entry("Kosten", "Cost"), Map.entry("Kosten in Abrechnungswährung", "CostInBillingCurrency"),
			Map.entry("Währung", "Currency"), Map.entry("Abrechnungswährung", "BillingCurrency"),
			Map.entry("Abonnement-GUID", "SubscriptionGuid"), Map.entry("Abonnement-ID", "SubscriptionId"),
			Map.entry("Ressourcengruppe", "ResourceGroup"), Map.entry("Ressourcenstandort", "ResourceLocation"),
			Map.entry("Ressourcen-ID", "ResourceId"), Map.entry("Instanz-ID", "InstanceId"),
			Map.entry("Verbrauchter Dienst", "ConsumedService"),
			Map.entry("Zusätzliche Informationen", "AdditionalInfo"), Map.entry("Gebührentyp", "ChargeType"),
			Map.entry("Abrechnungskonto-ID", "BillingAccountId"),
			Map.entry("Startdatum des Abrechnungszeitraums", "BillingPeriodStartDate"));

	private static final Map<String, String> ENGLISH_BY_LOWER_CASE = ENGLISH.entrySet()
		.stream()
		.collect(Collectors.toUnmodifiableMap(entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));

	private AzureGermanHeaders() {
	}

	/**
	 * The English name of a German Azure column, or null: from the table, or the name the
	 * German download writes in parentheses after it ("Abonnement-GUID
	 * (SubscriptionGuid)").
	 */
	public static String english(String header) {
		String english = ENGLISH.get(header);
		if (english != null) {
			return english;
		}
		Matcher inParentheses = ENGLISH_IN_PARENTHESES.matcher(header.strip());
		if (inParentheses.matches()) {
			return inParentheses.group(1);
		}
		return ENGLISH_BY_LOWER_CASE.get(header.strip().toLowerCase(Locale.ROOT));
	}

	private static final Pattern ENGLISH_IN_PARENTHESES = Pattern.compile(".*\\S\\s*\\(([A-Za-z][A-Za-z0-9]*)\\)");

	/**
	 * The header with the English name of each German Azure column added after it, so
	 * that formats are recognised by their English key columns.
	 */
	public static List<String> withEnglishNames(List<String> header) {
		List<String> names = new ArrayList<>(header);
		for (String name : header) {
			String english = english(name);
			if (english != null && !header.contains(english)) {
				names.add(english);
			}
		}
		return names;
	}

}
