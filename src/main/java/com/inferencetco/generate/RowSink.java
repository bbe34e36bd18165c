package com.inferencetco.generate;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Where the generator's rows go: a gzip CSV file, or a Parquet file of the same columns
 * and values.
 */
interface RowSink extends AutoCloseable {

	/** One row in CSV form, with its line end. */
	void line(String csvLine) throws IOException;

	@Override
	void close() throws IOException;

	static RowSink gzipCsv(OutputStream file, String header) throws IOException {
		Writer out = new BufferedWriter(
				new OutputStreamWriter(new GZIPOutputStream(file, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
		out.write(header);
		return new RowSink() {
			@Override
			public void line(String csvLine) throws IOException {
				out.write(csvLine);
			}

			@Override
			public void close() throws IOException {
				out.close();
			}
		};
	}

	static RowSink parquet(OutputStream file, String header) throws IOException {
		List<String> columns = Arrays.asList(header.strip().split(","));
		ParquetTextWriter out = new ParquetTextWriter(new BufferedOutputStream(file, 1 << 16), columns);
		return new RowSink() {
			@Override
			public void line(String csvLine) throws IOException {
				try (CSVParser parser = CSVParser.parse(new StringReader(csvLine), CSVFormat.DEFAULT)) {
					CSVRecord record = parser.iterator().next();
					List<String> values = new ArrayList<>(record.size());
					record.forEach(values::add);
					out.row(values);
				}
			}

			@Override
			public void close() throws IOException {
				out.close();
			}
		};
	}

}
