/**
 * JDBC storage of the normalized records, input files and rejections (H2 file database by
 * default).
 */
package com.inferencetco.store;
