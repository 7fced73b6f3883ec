/* progress.c - the progress line (see progress.h). */
#include "cli/io/progress.h"

#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int mode = CS_PROGRESS_AUTO;
static int active, shown;
static const char *label;
static long long total;
static atomic_llong bytes_done, rows_done;
static double started, last;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void cs_progress_mode(int m)
{
	mode = m;
}

void cs_progress_begin(const char *name, long long size)
{
	active = mode == CS_PROGRESS_ON || (mode == CS_PROGRESS_AUTO && isatty(STDERR_FILENO));
	shown = 0;
	label = name;
	total = size;
	atomic_store(&bytes_done, 0);
	atomic_store(&rows_done, 0);
	started = last = active ? now() : 0;
}

void cs_progress_add(long long bytes, long long rows)
{
	if (!active)
		return;
	atomic_fetch_add(&bytes_done, bytes);
	atomic_fetch_add(&rows_done, rows);
}

static void human(char *buf, size_t size, double v)
{
	if (v >= 1e9) snprintf(buf, size, "%.1fG", v / 1e9);
	else if (v >= 1e6) snprintf(buf, size, "%.1fM", v / 1e6);
	else if (v >= 1e3) snprintf(buf, size, "%.1fk", v / 1e3);
	else snprintf(buf, size, "%.0f", v);
}

void cs_progress_tick(void)
{
	if (!active)
		return;
	double t = now();
	int tty = isatty(STDERR_FILENO);
	/* a terminal line is redrawn five times a second; a log gets a line
	 * a second */
	if (t - started < 1.0 || t - last < (tty ? 0.2 : 1.0))
		return;
	last = t;
	long long b = atomic_load(&bytes_done), r = atomic_load(&rows_done);
	char rows[16], rate[16];
	human(rows, sizeof rows, (double)r);
	human(rate, sizeof rate, r / (t - started));
	if (total > 0)
		fprintf(stderr, "%scasestat: reading %s  %3d%%  %s rows  %s rows/s%s",
			tty ? "\r\033[K" : "", label, (int)(100.0 * b / total), rows, rate, tty ? "" : "\n");
	else
		fprintf(stderr, "%scasestat: reading %s  %s rows  %s rows/s%s",
			tty ? "\r\033[K" : "", label, rows, rate, tty ? "" : "\n");
	fflush(stderr);
	shown = 1;
}

void cs_progress_end(void)
{
	if (active && shown && isatty(STDERR_FILENO)) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
	}
	active = shown = 0;
}

/* ---- bootstrap progress ---------------------------------------------- */

static double elapsed(const struct timespec *t0)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) + 1e-9 * (double)(t.tv_nsec - t0->tv_nsec);
}

void cs_boot_progress_start(struct cs_boot_progress *p, const char *what)
{
	memset(p, 0, sizeof *p);
	p->tty = isatty(STDERR_FILENO);
	p->what = what;
	p->last = -1;
	if (p->tty)
		clock_gettime(CLOCK_MONOTONIC, &p->start);
}

void cs_boot_progress_update(void *ctx, size_t done, size_t total)
{
	struct cs_boot_progress *p = ctx;
	if (!p || !p->tty || total == 0)
		return;
	int pct = (int)((double)done * 100.0 / (double)total);
	if (pct == p->last || (!p->shown && elapsed(&p->start) < 0.5))
		return;
	fprintf(stderr, "\r%s: %d%% (%zu of %zu resamples)", p->what, pct, done, total);
	fflush(stderr);
	p->shown = 1;
	p->last = pct;
}

void cs_boot_progress_end(struct cs_boot_progress *p)
{
	if (p->tty && p->shown) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
	}
	p->shown = 0;
}
