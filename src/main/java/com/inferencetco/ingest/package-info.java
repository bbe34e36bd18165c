/**
 * Reading the exports people really have: format detection by key columns, one normalizer
 * per export family, streaming CSV (BOM, gzip) and JSON page readers.
 */
package com.inferencetco.ingest;
