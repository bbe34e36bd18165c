package com.inferencetco.report.template;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import com.inferencetco.TcoException;

/**
 * The look of the reports, owned by finance: a folder like {@code report-templates/} with
 * {@code workbook-template.xlsx} (styles, fonts, colours, company name, logo that the
 * workbook renderer opens and fills), {@code branding.properties} (company name, colours,
 * font and logo of the PDF) and the files they name. The default folder ships in the jar;
 * {@code --template DIR} replaces it. A template changes the look, never the numbers.
 */
public final class ReportTemplate {

	private final Path folder;

	private final Properties branding;

	/** The company the assumptions name, winning over the template's; null when none. */
	private final String namedCompany;

	private ReportTemplate(Path folder, Properties branding) {
		this(folder, branding, null);
	}

	private ReportTemplate(Path folder, Properties branding, String namedCompany) {
		this.folder = folder;
		this.branding = branding;
		this.namedCompany = namedCompany;
	}

	/**
	 * This template naming the company the assumptions give ({@code companyName}); itself
	 * when they give none.
	 */
	public ReportTemplate naming(String company) {
		return company == null || company.isBlank() ? this : new ReportTemplate(folder, branding, company.strip());
	}

	/** The company the assumptions name, when they name one. */
	public Optional<String> namedCompany() {
		return Optional.ofNullable(namedCompany);
	}

	/** The built-in template of the jar. */
	public static ReportTemplate builtIn() {
		return new ReportTemplate(null, load(resource("branding.properties"), "built-in branding.properties"));
	}

	public static ReportTemplate from(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw TcoException
				.usage("--template " + folder + ": no such folder (expected a folder like report-templates/)");
		}
		Path properties = folder.resolve("branding.properties");
		Properties branding = Files.isRegularFile(properties) ? load(read(properties), properties.toString())
				: load(resource("branding.properties"), "built-in branding.properties");
		return new ReportTemplate(folder, branding);
	}

	/** The company the reports name: the assumptions', else the template's, else none. */
	public String companyName() {
		return namedCompany != null ? namedCompany : branding.getProperty("company.name", "").strip();
	}

	public Color primaryColor() {
		return color("color.primary", new Color(0x00, 0x5f, 0x6b));
	}

	public Color accentColor() {
		return color("color.accent", new Color(0xe0, 0x7a, 0x1f));
	}

	/** The workbook template's bytes: the user's folder first, else the built-in one. */
	public byte[] workbookTemplate() {
		return file("workbook-template.xlsx");
	}

	/** The PDF's TrueType font, or null for the Liberation Sans that OpenPDF ships. */
	public byte[] pdfFont() {
		String name = branding.getProperty("pdf.font", "").strip();
		return name.isEmpty() ? null : file(name);
	}

	/** The logo image for the PDF header, or null. */
	public byte[] logo() {
		String name = branding.getProperty("logo", "").strip();
		return name.isEmpty() ? null : file(name);
	}

	private byte[] file(String name) {
		try {
			if (folder != null && Files.isRegularFile(folder.resolve(name))) {
				return Files.readAllBytes(folder.resolve(name));
			}
			try (InputStream in = ReportTemplate.class.getResourceAsStream("/report-templates/" + name)) {
				if (in == null) {
					throw TcoException
						.usage("template file " + name + " not found in " + (folder == null ? "the jar" : folder));
				}
				return in.readAllBytes();
			}
		}
		catch (IOException ex) {
			throw TcoException.usage("template file " + name + ": " + ex.getMessage());
		}
	}

	private Color color(String key, Color fallback) {
		String value = branding.getProperty(key, "").strip();
		if (value.isEmpty()) {
			return fallback;
		}
		try {
			return Color.decode(value.startsWith("#") ? value : "#" + value);
		}
		catch (NumberFormatException ex) {
			throw TcoException
				.usage("branding.properties: " + key + ": expected a colour like #005f6b, found '" + value + "'");
		}
	}

	private static String resource(String name) {
		try (InputStream in = ReportTemplate.class.getResourceAsStream("/report-templates/" + name)) {
			return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw TcoException.usage(file + ": cannot read: " + ex.getMessage());
		}
	}

	private static Properties load(String text, String origin) {
		Properties properties = new Properties();
		try (Reader reader = new StringReader(text)) {
			properties.load(reader);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw TcoException.usage(origin + ": not a properties file: " + ex.getMessage());
		}
		return properties;
	}

}
