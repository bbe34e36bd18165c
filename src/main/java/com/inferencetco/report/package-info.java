/** One report model, rendered as JSON summary, Excel workbook and PDF. */
package com.inferencetco.report;
