/* cmd_verify.c - casestat verify DIR: check a directory made by casestat
 * run against its MANIFEST.sha256 and, where they can be reached, the
 * inputs recorded in its run.txt. */
#include "cli/frame/commands.h"
#include "cli/frame/common.h"
#include "cli/io/fsutil.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const struct cs_option cmd_verify_options[] = {
	{ CS_OPT_HELP, "help", 'h', NULL, "show this help and exit" },
	{ 0 }
};

static void help(void)
{
	printf("Usage: casestat verify DIR\n"
	       "Check a directory written by 'casestat run': every file against\n"
	       "MANIFEST.sha256 (no file missing, changed or added), and every input\n"
	       "recorded in run.txt that can still be found against its SHA-256.\n"
	       "\n"
	       "Exit status: 0 all checks passed, 1 a file or input differs,\n"
	       "2 bad usage, 3 DIR or its manifest cannot be read.\n");
}

struct listed {
	char **names;
	size_t n;
};

static int listed_has(const struct listed *l, const char *name)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->names[i], name) == 0)
			return 1;
	return 0;
}

int cmd_verify(int argc, char **argv, struct cs_err *err)
{
	if (cs_args_wants_help(argc, argv)) {
		help();
		return 0;
	}
	struct cs_args a;
	int rc = cs_args_init(&a, "verify", cmd_verify_options, argc, argv, err), key;
	if (rc)
		return rc;
	while (!rc && (key = cs_args_next(&a, err)) != 0)
		if (key < 0)
			rc = CS_EXIT_USAGE;
	if (!rc && a.noperands != 1)
		rc = cs_err_usage(err, "verify", a.noperands ? "give one DIR" : "missing DIR");
	if (rc) {
		cs_args_free(&a);
		return rc;
	}
	const char *dir = a.operands[0];
	char path[8192], line[2048], hex[65];
	int bad = 0, files = 0, inputs = 0, unreachable = 0;
	struct listed l = { NULL, 0 };

	snprintf(path, sizeof path, "%s/MANIFEST.sha256", dir);
	FILE *m = fopen(path, "r");
	if (!m) {
		rc = cs_err_set(err, CS_EXIT_ENV, "cannot read '%s': %s", path, strerror(errno));
		goto out;
	}
	for (unsigned long ln = 1; fgets(line, sizeof line, m); ln++) {
		line[strcspn(line, "\n")] = '\0';
		char *name = line + 66;
		if (strlen(line) < 67 || line[64] != ' ' || line[65] != ' ' || strchr(name, '/') ||
		    strspn(line, "0123456789abcdef") != 64) {
			printf("%s/MANIFEST.sha256:%lu: not a 'SHA256  NAME' line\n", dir, ln);
			bad++;
			continue;
		}
		char **nn = realloc(l.names, (l.n + 1) * sizeof *nn);
		if (!nn || !(nn[l.n] = strdup(name))) {
			l.names = nn ? nn : l.names;
			fclose(m);
			rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
			goto out;
		}
		l.names = nn;
		l.n++;
		snprintf(path, sizeof path, "%s/%s", dir, name);
		files++;
		if (cs_sha256_file(path, hex) != 0) {
			printf("MISSING  %s\n", name);
			bad++;
		} else if (strncmp(hex, line, 64) != 0) {
			printf("CHANGED  %s\n", name);
			bad++;
		} else {
			printf("OK       %s\n", name);
		}
	}
	fclose(m);
	DIR *d = opendir(dir);
	if (d) {
		struct dirent *e;
		while ((e = readdir(d)) != NULL)
			if (e->d_name[0] != '.' && strcmp(e->d_name, "MANIFEST.sha256") != 0 &&
			    !listed_has(&l, e->d_name)) {
				printf("ADDED    %s (not in the manifest)\n", e->d_name);
				bad++;
			}
		closedir(d);
	}

	/* the inputs recorded in run.txt, seen from DIR */
	snprintf(path, sizeof path, "%s/run.txt", dir);
	FILE *r = fopen(path, "r");
	char recipe_dir[2048] = "", input[2048] = "";
	while (r && fgets(line, sizeof line, r)) {
		line[strcspn(line, "\n")] = '\0';
		if (strncmp(line, "recipe_dir_from_output = ", 25) == 0)
			snprintf(recipe_dir, sizeof recipe_dir, "%s", line + 25);
		else if (strncmp(line, "input = ", 8) == 0)
			snprintf(input, sizeof input, "%s", line + 8);
		else if (strncmp(line, "input_sha256 = ", 15) == 0 && input[0]) {
			if (input[0] == '/')
				snprintf(path, sizeof path, "%s", input);
			else
				snprintf(path, sizeof path, "%s/%s/%s", dir, recipe_dir[0] ? recipe_dir : ".", input);
			if (cs_sha256_file(path, hex) != 0) {
				printf("UNREACHABLE input %s (skipped)\n", input);
				unreachable++;
			} else if (strcmp(hex, line + 15) != 0) {
				printf("CHANGED  input %s\n", input);
				bad++;
			} else {
				printf("OK       input %s\n", input);
			}
			inputs++;
			input[0] = '\0';
		}
	}
	if (r)
		fclose(r);
	if (bad)
		rc = cs_err_set(err, CS_EXIT_DATA, "%s: %d problem%s found", dir, bad, bad == 1 ? "" : "s");
	else
		fprintf(stderr, "casestat: %s: %d files and %d of %d inputs verified\n", dir, files,
			inputs - unreachable, inputs);
out:
	for (size_t i = 0; i < l.n; i++)
		free(l.names[i]);
	free(l.names);
	cs_args_free(&a);
	return rc;
}
