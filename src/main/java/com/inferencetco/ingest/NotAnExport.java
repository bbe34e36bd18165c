package com.inferencetco.ingest;

import java.util.Locale;

/**
 * Files that sit beside exports without being one: operating-system litter, office lock
 * files, and the manifests, checksums and markers that S3 syncs and Data Exports copy
 * along. They are skipped with a note, never fatal.
 */
final class NotAnExport {

	private NotAnExport() {
	}

	/** Why a file of this name is not an export, or null when it may be one. */
	static String reason(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.equals(".ds_store") || name.startsWith("._") || name.equals("thumbs.db")
				|| name.equals("desktop.ini")) {
			return "operating-system file, not an export";
		}
		if (name.startsWith("~$") || name.startsWith(".~lock.")) {
			return "office lock file of an open document, not an export";
		}
		if (name.startsWith(".")) {
			return "hidden file";
		}
		if (name.endsWith("manifest.json")) {
			return "export manifest (describes the data files, holds no costs)";
		}
		if (name.equals("_success") || name.endsWith(".metadata") || name.endsWith(".md5") || name.endsWith(".sha256")
				|| name.endsWith(".sha1") || name.endsWith(".crc") || name.endsWith(".checksum")) {
			return "export marker, metadata or checksum file";
		}
		return null;
	}

}
