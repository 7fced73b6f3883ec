/* main.c - the casestat driver: global set-up, dispatch, help and version,
 * and the one place that prints errors and picks the exit status. */
#include "cli/frame/command.h"
#include "cli/frame/driver.h"
#include "cli/frame/help.h"
#include "cli/core/diag.h"
#include "cli/io/outfile.h"

#include <csv.h>
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_version.h>
#include <nettle/version.h>


static void usage(FILE *out)
{
	fprintf(out,
		"Usage: casestat COMMAND [OPTIONS] [ARGUMENTS]\n"
		"  or:  casestat help COMMAND | --help | --version\n"
		"Exact, explained and reproducible statistics for case data.\n"
		"\n"
		"Commands:\n");
	for (size_t i = 0; i < cs_ncommands; i++)
		fprintf(out, "  %-13s %s\n", cs_commands[i]->name, cs_commands[i]->summary);
	fprintf(out,
		"\n"
		"Every analysis command takes --conf C, --format table|csv|json|md,\n"
		"--explain and -o FILE; 'casestat help COMMAND' lists the rest.\n"
		"Input is a table with a header row: CSV or TSV in UTF-8 (or as\n"
		"--encoding says), or a sheet of an .xlsx, .ods or .xls workbook;\n"
		"a path, or - for standard input.\n"
		"\n"
		"Exit status: 0 success, 1 bad data, 2 bad usage,\n"
		"3 a file cannot be read or written.\n"
		"\n"
		"Full documentation: man casestat\n");
}

static void version(void)
{
	printf("casestat %s\n", CS_VERSION);
	printf("GSL %s\n", gsl_version);
	printf("libcsv %d.%d.%d\n", CSV_MAJOR, CSV_MINOR, CSV_RELEASE);
	printf("nettle %d.%d\n", nettle_version_major(), nettle_version_minor());
	printf("Copyright (C) 2026 the casestat authors.\n"
	       "License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
	       "This is free software: you are free to change and redistribute it.\n"
	       "There is NO WARRANTY, to the extent permitted by law.\n");
}

/* Standard output must reach its destination: a full disk is an error. */
static int close_stdout(int rc)
{
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		if (rc == 0) {
			fprintf(stderr, "casestat: write error: %s\n", strerror(errno));
			return CS_EXIT_ENV;
		}
	}
	return rc;
}

int main(int argc, char **argv)
{
	/* Only character classification follows the locale (for the display
	 * width of Cyrillic or Kazakh labels); numbers always use '.'. */
	if (!setlocale(LC_CTYPE, "C.UTF-8"))
		setlocale(LC_CTYPE, "");
	gsl_set_error_handler_off();
	cs_outfile_signals();

	struct cs_err err = { 0, NULL, "" };
	int rc;
	if (argc < 2) {
		usage(stderr);
		return CS_EXIT_USAGE;
	}
	const char *arg = argv[1];
	if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
		usage(stdout);
		return close_stdout(0);
	}
	if (strcmp(arg, "--version") == 0 || strcmp(arg, "-V") == 0) {
		version();
		return close_stdout(0);
	}
	if (strcmp(arg, "help") == 0) {
		if (argc < 3) {
			usage(stdout);
			return close_stdout(0);
		}
		const struct cs_command *c = cs_command_find(argv[2]);
		if (!c) {
			cs_err_usage(&err, NULL, "unknown command '%s'", argv[2]);
			cs_err_print(&err);
			return CS_EXIT_USAGE;
		}
		cs_command_help(c, stdout);
		return close_stdout(0);
	} else {
		const struct cs_command *c = cs_command_find(arg);
		if (!c) {
			if (arg[0] == '-')
				cs_err_usage(&err, NULL, "unrecognized option '%s'", arg);
			else
				cs_err_usage(&err, NULL, "unknown command '%s'", arg);
			cs_err_print(&err);
			return CS_EXIT_USAGE;
		}
		rc = cs_command_main(c, argc - 1, argv + 1, &err);
	}
	if (rc)
		cs_err_print(&err);
	return close_stdout(rc);
}
