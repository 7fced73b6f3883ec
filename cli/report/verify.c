/* verify.c - casestat verify DIR: check a directory made by casestat run
 * against its MANIFEST.sha256 and, where they can be reached, the inputs
 * recorded in its run.txt. */
#include "cli/core/names.h"
#include "cli/frame/command.h"
#include "cli/io/fsutil.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct cs_opt options[] = {
	CS_OPT_INCLUDE(cs_opts_help),
	CS_OPT_END
};

/* A line of the report: what, then a name from the directory, cleaned so
 * that it cannot drive the terminal. */
static void say(const char *what, const char *name, const char *after)
{
	char shown[512];
	printf("%s%s%s\n", what, cs_msg_text(shown, sizeof shown, name, strlen(name)), after);
}

struct tally {
	int bad, files, inputs, unreachable;
};

static int check_manifest(const char *dir, struct cs_names *listed, struct tally *t, struct cs_err *err)
{
	char path[8192], line[2048], hex[65];
	snprintf(path, sizeof path, "%s/MANIFEST.sha256", dir);
	FILE *m = fopen(path, "r");
	if (!m)
		return cs_err_set(err, CS_EXIT_ENV, "cannot read '%s': %s", path, strerror(errno));
	for (unsigned long ln = 1; fgets(line, sizeof line, m); ln++) {
		line[strcspn(line, "\n")] = '\0';
		char *name = line + 66;
		if (strlen(line) < 67 || line[64] != ' ' || line[65] != ' ' || strchr(name, '/') ||
		    strspn(line, "0123456789abcdef") != 64) {
			char where[64];
			snprintf(where, sizeof where, ":%lu: not a 'SHA256  NAME' line", ln);
			say("", path, where);
			t->bad++;
			continue;
		}
		if (cs_names_add(listed, name, strlen(name)) != CS_NAMES_OK) {
			fclose(m);
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		}
		snprintf(path, sizeof path, "%s/%s", dir, name);
		t->files++;
		if (cs_sha256_file(path, hex) != 0)
			say("MISSING  ", name, ""), t->bad++;
		else if (strncmp(hex, line, 64) != 0)
			say("CHANGED  ", name, ""), t->bad++;
		else
			say("OK       ", name, "");
		snprintf(path, sizeof path, "%s/MANIFEST.sha256", dir);
	}
	fclose(m);
	DIR *d = opendir(dir);
	for (struct dirent *e; d && (e = readdir(d)) != NULL;)
		if (e->d_name[0] != '.' && strcmp(e->d_name, "MANIFEST.sha256") != 0 &&
		    cs_names_find(listed, e->d_name, strlen(e->d_name)) < 0)
			say("ADDED    ", e->d_name, " (not in the manifest)"), t->bad++;
	if (d)
		closedir(d);
	return 0;
}

/* The inputs recorded in run.txt, seen from DIR; an input that several
 * sections read is checked once. */
static int check_inputs(const char *dir, struct tally *t, struct cs_err *err)
{
	char path[8192], line[2048], hex[65], recipe_dir[2048] = "", input[2048] = "";
	struct cs_names seen = { NULL, 0, 0 };
	snprintf(path, sizeof path, "%s/run.txt", dir);
	FILE *r = fopen(path, "r");
	int rc = 0;
	while (!rc && r && fgets(line, sizeof line, r)) {
		line[strcspn(line, "\n")] = '\0';
		if (strncmp(line, "recipe_dir_from_output = ", 25) == 0) {
			snprintf(recipe_dir, sizeof recipe_dir, "%s", line + 25);
		} else if (strncmp(line, "input = ", 8) == 0) {
			snprintf(input, sizeof input, "%s", line + 8);
		} else if (strncmp(line, "input_sha256 = ", 15) == 0 && input[0] &&
			   cs_names_find(&seen, input, strlen(input)) < 0) {
			if (cs_names_add(&seen, input, strlen(input)) != CS_NAMES_OK)
				rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
			if (input[0] == '/')
				snprintf(path, sizeof path, "%s", input);
			else
				snprintf(path, sizeof path, "%s/%s/%s", dir, recipe_dir[0] ? recipe_dir : ".", input);
			if (cs_sha256_file(path, hex) != 0)
				say("UNREACHABLE input ", input, " (skipped)"), t->unreachable++;
			else if (strcmp(hex, line + 15) != 0)
				say("CHANGED  input ", input, ""), t->bad++;
			else
				say("OK       input ", input, "");
			t->inputs++;
			input[0] = '\0';
		}
	}
	if (r)
		fclose(r);
	cs_names_free(&seen);
	return rc;
}

static int run(struct cs_job *job, struct cs_err *err)
{
	if (job->noperand != 1)
		return cs_err_usage(err, "verify", job->noperand ? "give one DIR" : "missing DIR");
	const char *dir = job->operand[0];
	struct tally t = { 0, 0, 0, 0 };
	struct cs_names listed = { NULL, 0, 0 };
	int rc = check_manifest(dir, &listed, &t, err);
	if (!rc)
		rc = check_inputs(dir, &t, err);
	cs_names_free(&listed);
	if (!rc && t.bad)
		rc = cs_err_set(err, CS_EXIT_DATA, "%s: %d problem%s found", dir, t.bad, t.bad == 1 ? "" : "s");
	else if (!rc)
		fprintf(stderr, "casestat: %s: %d files and %d of %d inputs verified\n", dir, t.files,
			t.inputs - t.unreachable, t.inputs);
	return rc;
}

const struct cs_command cs_cmd_verify = {
	.name = "verify", .summary = "check a directory made by run against its manifest",
	.options = options,
	.run = run,
};
