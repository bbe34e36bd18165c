/**
 * Reference data shipped in the jar: instance types to GPUs, and later price catalogs and
 * GPU specs.
 */
package com.inferencetco.catalog;
