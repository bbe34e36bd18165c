package com.inferencetco.model;

/**
 * Where a record came from. Bills carry invoiced cost; usage exports carry quantities (tokens, GPU time) and, when
 * a bill covers the same provider, they give the quantities and the bill gives the cost, so nothing counts twice.
 */
public enum SourceKind {
	BILL, USAGE
}
