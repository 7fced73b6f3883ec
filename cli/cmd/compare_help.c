/* compare_help.c - the --help text of casestat compare around its
 * options: what it compares, then the methods, columns and examples. */
#include "cli/cmd/compare.h"
#include "cli/frame/methods.h"

#include <stdio.h>

const char cs_compare_about[] =
	"Compare two proportions, group 1 against group 2: the difference p1 - p2,\n"
	"the ratio p1 / p2, the odds ratio, and tests of 'no difference'.\n"
	"\n"
	"Group 1 is the first X/N, or the first name given to --groups.  Without\n"
	"--groups, the --by column must hold exactly two values, and group 1 is the\n"
	"one that sorts first byte by byte (strcmp order: 'Almaty' before 'Astana',\n"
	"upper case before lower case); with more values --groups is required.  A\n"
	"--groups name that itself contains a comma is matched against the values\n"
	"found; an empty --by cell is a value of its own ('').  Rows of other groups\n"
	"are read but not compared.\n"
	"\n"
	"FILE is a CSV file with a header row, or - for standard input.  With\n"
	"--success COL, the values 1 true yes y t count as successes and 0 false no\n"
	"n f as failures (any case); empty cells are missing and left out; anything\n"
	"else is an error.  With --success COL=VALUE, cells equal to VALUE are\n"
	"successes, other non-empty cells failures.\n";

void cs_compare_help(FILE *out)
{
	fprintf(out, "\nMethods (--method; aliases in brackets; * = shown by default):\n");
	int measure = -1;
	for (size_t i = 0; i < cs_cmp_nmethods; i++) {
		const struct cs_cmp_method *m = &cs_cmp_methods[i];
		if ((int)m->measure != measure) {
			measure = (int)m->measure;
			fprintf(out, "  %s:\n", cs_cmp_measure_name(m->measure));
		}
		char names[80];
		cs_method_names(names, sizeof names, CS_METHOD_TABLE(cs_cmp_methods, cs_cmp_nmethods), i);
		fprintf(out, "  %c %-37s %s\n", m->is_default ? '*' : ' ', names, m->title);
	}
	fprintf(out, "\nBy default each measure shows its default method (*) and all three tests\n"
		"follow.  --method NAME shows NAME instead of the default of its measure and\n"
		"leaves the other measures as they are; name several (--method wald,woolf or\n"
		"--method wald --method woolf) to show several.  --method all shows every\n"
		"method.  --measure keeps only the measures listed.\n"
		"\n"
		"Output columns: measure,estimate,lower,upper,method,conf\n"
		"  measure is difference, ratio, odds_ratio or test.  Test rows hold the\n"
		"  p-value in estimate, the test statistic in lower (none for fisher) and\n"
		"  nothing in upper or conf.  An empty cell is a value that does not exist\n"
		"  for these counts (a ratio with 0 in group 2, an odds ratio when every\n"
		"  case has the same outcome) or an upper limit that is infinite; --explain\n"
		"  says which and why.  The exact and mid-p estimate is the conditional\n"
		"  maximum likelihood estimate, as R's fisher.test.  With --min-cell, a\n"
		"  last column 'suppressed' says whether the row's numbers are hidden.\n"
		"\n"
		"--min-cell K: every measure and test rests on all four counts of the 2x2\n"
		"table (successes and failures in each group), so when any of them is from\n"
		"1 to K-1 every row is hidden (empty numbers, suppressed = true) and the\n"
		"explanations and the chart name no count.\n");
}
