/* test_render.c - tests of plots/render.c: gnuplot runs without a shell,
 * hostile labels render without running anything, pictures are
 * byte-identical across runs (PDF after its date is set).
 * Skips the rendering tests, and says so, when gnuplot is not installed. */
#include "test_util.h"
#include "plots/chart_prop.h"
#include "plots/render.h"

#include <sys/stat.h>
#include <unistd.h>

static char dir[256];

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "%s/casestat-render.XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[512];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static int exists(const char *name)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	struct stat st;
	return stat(path, &st) == 0;
}

static char *slurp(const char *name, size_t *len)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *b = malloc((size_t)n + 1);
	assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	b[n] = '\0';
	*len = (size_t)n;
	return b;
}

/* Labels that ran commands in gnuplot 5.4.4 (backquotes, system()); the
 * markers are files in the test directory. */
static void write_hostile_chart(const char *script, const char *image, enum cs_gp_term term)
{
	static char l1[300], l2[300], l3[300], l4[300], l5[300];
	snprintf(l1, sizeof l1, "x\n!touch %s/marker1", dir);
	snprintf(l2, sizeof l2, "`touch %s/marker2`", dir);
	snprintf(l3, sizeof l3, "a'.system('touch %s/marker3').'", dir);
	snprintf(l4, sizeof l4, "%%s|touch %s/marker4", dir);
	snprintf(l5, sizeof l5, "CASESTAT_EOD\n!touch %s/marker5", dir);
	struct cs_chart_prop_point pts[] = {
		{ l1, "Wilson score", 6, 7, 0.857, 0.487, 0.974, 0 },
		{ l2, "Wilson score", 800, 7000, 0.114, 0.107, 0.122, 0 },
		{ l3, "Wilson score", 3, 9, 0.333, 0.12, 0.65, 0 },
		{ l4, "Wilson score", 1, 9, 0.111, 0.02, 0.43, 1 },
		{ l5, "\xd0\x94\xd0\xbe\xd0\xbd\xd0\xbe\xd1\x80\xd0\xbb\xd0\xb0\xd1\x80", 2, 9, 0.222, 0.06, 0.55, 0 },
	};
	struct cs_chart_prop c = { l1, l2, 0.95, 11, 5, pts };
	struct cs_gp_out o = { term, image };
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, script);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	assert_int_equal(cs_chart_prop_write(f, &o, &c), CS_PLOT_OK);
	assert_int_equal(fclose(f), 0);
}

static void test_hostile_labels_run_nothing(void **state)
{
	(void)state;
	if (!cs_render_available()) {
		print_message("skipped: gnuplot is not installed (apt-get install gnuplot-nox)\n");
		skip();
	}
	write_hostile_chart("h.gp", "h.png", CS_GP_PNG);
	char msg[256];
	assert_int_equal(cs_render_run(dir, "h.gp", "h.png", msg, sizeof msg), CS_PLOT_OK);
	assert_string_equal(msg, "");
	assert_true(exists("h.png"));
	for (int i = 1; i <= 5; i++) {
		char m[32];
		snprintf(m, sizeof m, "marker%d", i);
		assert_false(exists(m));
	}
	/* the cs_output variable renders to another name; the script's own
	 * name is the default */
	assert_int_equal(cs_render_run(dir, "h.gp", "other name's.png", msg, sizeof msg), CS_PLOT_OK);
	assert_true(exists("other name's.png"));
}

static void test_byte_identical(void **state)
{
	(void)state;
	if (!cs_render_available()) {
		print_message("skipped: gnuplot is not installed (apt-get install gnuplot-nox)\n");
		skip();
	}
	static const struct { enum cs_gp_term term; const char *a, *b; } kinds[] = {
		{ CS_GP_PNG, "a.png", "b.png" }, { CS_GP_SVG, "a.svg", "b.svg" }, { CS_GP_PDF, "a.pdf", "b.pdf" },
	};
	for (size_t k = 0; k < 3; k++) {
		write_hostile_chart("k.gp", kinds[k].a, kinds[k].term);
		char msg[256];
		assert_int_equal(cs_render_run(dir, "k.gp", kinds[k].a, msg, sizeof msg), CS_PLOT_OK);
		sleep(1);   /* a new second: the PDF creation date would differ */
		assert_int_equal(cs_render_run(dir, "k.gp", kinds[k].b, msg, sizeof msg), CS_PLOT_OK);
		if (kinds[k].term == CS_GP_PDF) {
			char p[512];
			snprintf(p, sizeof p, "%s/%s", dir, kinds[k].a);
			assert_int_equal(cs_render_pdf_set_date(p, 1700000000), CS_PLOT_OK);
			snprintf(p, sizeof p, "%s/%s", dir, kinds[k].b);
			assert_int_equal(cs_render_pdf_set_date(p, 1700000000), CS_PLOT_OK);
		}
		size_t na, nb;
		char *a = slurp(kinds[k].a, &na), *b = slurp(kinds[k].b, &nb);
		assert_true(na > 1000);
		assert_int_equal(na, nb);
		assert_memory_equal(a, b, na);
		if (kinds[k].term == CS_GP_PDF)   /* 1700000000 = 2023-11-14 22:13:20 UTC */
			assert_non_null(memmem(a, na, "/CreationDate (D:20231114221320", 31));
		free(a);
		free(b);
	}
}

static void test_errors(void **state)
{
	(void)state;
	char msg[256];
	assert_int_equal(cs_render_run(dir, "x.gp", "|x.png", msg, sizeof msg), CS_PLOT_ENAME);
	if (cs_render_available()) {
		/* a script that does not exist: gnuplot fails and says why */
		assert_int_equal(cs_render_run(dir, "missing.gp", "m.png", msg, sizeof msg), CS_PLOT_ERENDER);
		assert_true(strlen(msg) > 0);
	}
	/* no gnuplot on PATH */
	char *path = strdup(getenv("PATH") ? getenv("PATH") : "");
	setenv("PATH", dir, 1);
	assert_false(cs_render_available());
	assert_int_equal(cs_render_run(dir, "x.gp", "x.png", msg, sizeof msg), CS_PLOT_ENOGNUPLOT);
	setenv("PATH", path, 1);
	free(path);
	/* a file that is not a cairo PDF has no date to set */
	FILE *f = fopen("/dev/null", "rb");
	assert_non_null(f);
	fclose(f);
	char p[512];
	snprintf(p, sizeof p, "%s/not.pdf", dir);
	f = fopen(p, "w");
	fputs("%PDF-1.5 nothing\n", f);
	fclose(f);
	assert_int_equal(cs_render_pdf_set_date(p, 0), CS_PLOT_EDATA);
	assert_int_equal(cs_render_pdf_set_date("/nonexistent/x.pdf", 0), CS_PLOT_EIO);
}

int main(void)
{
	if (!cs_render_available())
		printf("test_render: gnuplot is not installed: rendering tests are skipped\n");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hostile_labels_run_nothing),
		cmocka_unit_test(test_byte_identical),
		cmocka_unit_test(test_errors),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
