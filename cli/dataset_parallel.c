/* dataset_parallel.c - one CSV file parsed by several threads (see
 * cs_csv_read_parallel() in dataset.h).
 *
 * The header is read first.  The rest is cut into T ranges at newlines near
 * equal offsets.  A cut is used only where it is provably outside quotes:
 * for any input libcsv accepts in strict mode a byte is inside quotes
 * exactly when an odd number of '"' precede it, so each thread j >= 1 first
 * counts the quotes and newlines of the range before its own (phase A) --
 * which also gives its first physical line number -- while thread 0 starts
 * parsing at once.  A range whose start is inside quotes is not parsed on
 * its own: the range before it runs on through it.  Input that breaks the
 * parity rule has a quoting error that the earlier range reports, and the
 * error of the earliest range wins, so messages are those of one thread. */
#include "dataset.h"
#include "dataset_impl.h"
#include "progress.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Below this many bytes one thread is as fast as several. */
#define PARALLEL_MIN_BYTES (4L << 20)
#define MAX_PARTS 64

struct job;

struct part {
	struct job *job;
	int idx;
	off_t start, end;            /* planned range */
	unsigned long before_nl;     /* phase A: newlines in the range before */
	unsigned long before_quotes; /* phase A: '"' in the range before */
	struct cs_reader r;
	struct cs_err err;             /* parts >= 1 report here */
	struct cs_err *errp;           /* &err, or the caller's for part 0 */
	int rc;
	void *ctx;
	pthread_t thread;
	int started;
};

struct job {
	int fd;
	const char *name;
	off_t size;
	int nparts;
	struct part part[MAX_PARTS];
	struct cs_reader *header;      /* also part 0's reader */
	unsigned long header_lines;    /* newlines up to the end of the header */
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int scans_done;
	atomic_int first_failed;       /* lowest index of a failed part */
};

static void note_failure(struct job *job, int idx)
{
	int cur = atomic_load(&job->first_failed);
	while (idx < cur && !atomic_compare_exchange_weak(&job->first_failed, &cur, idx))
		;
}

static int read_at(struct job *job, char *buf, size_t n, off_t at, size_t *got, struct cs_err *err)
{
	for (;;) {
		ssize_t k = pread(job->fd, buf, n, at);
		if (k >= 0) {
			*got = (size_t)k;
			return 0;
		}
		if (errno != EINTR)
			return cs_err_set(err, CS_EXIT_ENV, "cannot read '%s': %s", job->name, strerror(errno));
	}
}

/* Phase A: count newlines and quotes in [from, to). */
static int scan_range(struct job *job, off_t from, off_t to, unsigned long *nl,
		      unsigned long *quotes, struct cs_err *err)
{
	char *buf = malloc(CS_READ_CHUNK);
	if (!buf)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	int rc = 0;
	*nl = *quotes = 0;
	while (from < to && !rc) {
		size_t want = (size_t)(to - from) < CS_READ_CHUNK ? (size_t)(to - from) : CS_READ_CHUNK, got;
		if ((rc = read_at(job, buf, want, from, &got, err)) != 0 || got == 0)
			break;
		unsigned long a, b;
		cs_count_bytes(buf, got, '\n', &a, '"', &b);
		*nl += a, *quotes += b;
		from += (off_t)got;
	}
	free(buf);
	return rc;
}

/* After phase A: is part j's start outside quotes? */
static int start_valid(const struct job *job, int j)
{
	unsigned long q = 0;
	for (int i = 1; i <= j; i++)
		q += job->part[i].before_quotes;
	return q % 2 == 0;
}

/* Where part j actually ends: at the next part that starts validly. */
static off_t actual_end(const struct job *job, int j)
{
	for (int k = j + 1; k < job->nparts; k++)
		if (start_valid(job, k))
			return job->part[k].start;
	return job->size;
}

static void wait_for_scans(struct job *job)
{
	pthread_mutex_lock(&job->mu);
	while (job->scans_done < job->nparts - 1)
		pthread_cond_wait(&job->cv, &job->mu);
	pthread_mutex_unlock(&job->mu);
}

/* Parse [from, to) with the part's reader. */
static int parse_range(struct part *pt, off_t from, off_t to)
{
	struct job *job = pt->job;
	char *buf = malloc(CS_READ_CHUNK);
	if (!buf)
		return cs_err_set(pt->errp, CS_EXIT_ENV, "out of memory");
	int rc = 0;
	while (from < to && !rc) {
		if (atomic_load(&job->first_failed) < pt->idx)
			break;                 /* an earlier part failed: its error wins */
		size_t want = (size_t)(to - from) < CS_READ_CHUNK ? (size_t)(to - from) : CS_READ_CHUNK, got;
		if ((rc = read_at(job, buf, want, from, &got, pt->errp)) != 0 || got == 0)
			break;
		unsigned long rows = pt->r.nrows;
		rc = cs_reader_feed(&pt->r, buf, got);
		cs_progress_add((long long)got, (long long)(pt->r.nrows - rows));
		if (pt->idx == 0)
			cs_progress_tick();     /* only this thread prints */
		from += (off_t)got;
	}
	free(buf);
	return rc;
}

static void *run_part(void *arg)
{
	struct part *pt = arg;
	struct job *job = pt->job;
	const struct part *prev = &job->part[pt->idx - 1];
	pt->rc = scan_range(job, prev->start, prev->end, &pt->before_nl, &pt->before_quotes, &pt->err);
	pthread_mutex_lock(&job->mu);
	job->scans_done++;
	pthread_cond_broadcast(&job->cv);
	pthread_mutex_unlock(&job->mu);
	if (pt->rc) {
		note_failure(job, pt->idx);
		return NULL;
	}
	wait_for_scans(job);
	if (!start_valid(job, pt->idx))
		return NULL;               /* the part before runs on through here */
	unsigned long lines = job->header_lines;
	for (int i = 1; i <= pt->idx; i++)
		lines += job->part[i].before_nl;
	pt->rc = cs_reader_init_after_header(&pt->r, job->header, pt->ctx, &pt->err, lines);
	if (!pt->rc)
		pt->rc = parse_range(pt, pt->start, actual_end(job, pt->idx));
	if (!pt->rc && atomic_load(&job->first_failed) > pt->idx)
		pt->rc = cs_reader_finish(&pt->r);
	if (pt->rc)
		note_failure(job, pt->idx);
	return NULL;
}

/* Read the header with reader h from the start of the file; *end is the
 * offset just after it.  Returns 0, an exit code, or -1 when the header
 * could not be delimited (no newline in the first megabyte): the caller
 * then streams the file on one thread. */
static int read_header(struct job *job, struct cs_reader *h, off_t *end, struct cs_err *err)
{
	static const unsigned char bom[3] = { 0xEF, 0xBB, 0xBF };
	char *buf = malloc(CS_READ_CHUNK);
	if (!buf)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	off_t at = 0;
	int inq = 0, rc = -1;
	while (at < (1L << 20)) {
		size_t got;
		if ((rc = read_at(job, buf, CS_READ_CHUNK, at, &got, err)) != 0)
			break;
		rc = -1;
		if (got == 0)
			break;
		size_t i = 0, seg = 0;
		if (at == 0 && got >= 3 && memcmp(buf, bom, 3) == 0)
			i = seg = 3;
		for (; i < got; i++) {
			if (buf[i] == '"')
				inq = !inq;
			else if (buf[i] == '\n' && !inq) {
				if ((rc = cs_reader_feed(h, buf + seg, i + 1 - seg)) != 0)
					break;
				rc = -1;
				seg = i + 1;
				if (h->have_header) {
					*end = at + (off_t)i + 1;
					rc = 0;
					break;
				}
			}
		}
		if (rc != -1)
			break;
		if (seg < got && (rc = cs_reader_feed(h, buf + seg, got - seg)) != 0)
			break;
		rc = -1;
		at += (off_t)got;
	}
	free(buf);
	return rc;
}

/* The offset just after the first newline at or after `at` (or the size). */
static off_t next_line(struct job *job, off_t at, struct cs_err *err, int *rc)
{
	char buf[4096];
	while (at < job->size) {
		size_t got;
		if ((*rc = read_at(job, buf, sizeof buf, at, &got, err)) != 0 || got == 0)
			return job->size;
		const char *nl = memchr(buf, '\n', got);
		if (nl)
			return at + (nl - buf) + 1;
		at += (off_t)got;
	}
	return job->size;
}

int cs_csv_read_parallel(const char *path, const char *const *columns, size_t ncols,
			 cs_row_fn fn, void *const *ctx, int nctx,
			 unsigned long *nrows, struct cs_err *err)
{
	if (nctx < 2 || strcmp(path, "-") == 0)
		return cs_csv_read(path, columns, ncols, fn, ctx[0], nrows, err);
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < PARALLEL_MIN_BYTES) {
		if (fd >= 0)
			close(fd);
		return cs_csv_read(path, columns, ncols, fn, ctx[0], nrows, err);
	}

	struct job *job = calloc(1, sizeof *job);
	if (!job) {
		close(fd);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	job->fd = fd;
	job->name = cs_input_name(path);
	job->size = st.st_size;
	atomic_init(&job->first_failed, INT_MAX);
	pthread_mutex_init(&job->mu, NULL);
	pthread_cond_init(&job->cv, NULL);

	struct part *p0 = &job->part[0];
	p0->job = job;
	p0->ctx = ctx[0];
	p0->errp = err;
	job->header = &p0->r;
	off_t header_end = 0;
	int rc = cs_reader_init(&p0->r, job->name, columns, ncols, fn, ctx[0], err);
	if (!rc)
		rc = read_header(job, &p0->r, &header_end, err);
	if (rc == -1) {                  /* no clear header line: one thread */
		cs_reader_free(&p0->r);
		close(fd);
		pthread_mutex_destroy(&job->mu);
		pthread_cond_destroy(&job->cv);
		free(job);
		return cs_csv_read(path, columns, ncols, fn, ctx[0], nrows, err);
	}
	job->header_lines = p0->r.lines;

	/* plan the ranges */
	int n = nctx < MAX_PARTS ? nctx : MAX_PARTS;
	job->nparts = 1;
	p0->start = header_end;
	for (int j = 1; !rc && j < n; j++) {
		off_t target = header_end + (job->size - header_end) / n * j;
		off_t cut = next_line(job, target, err, &rc);
		if (cut <= job->part[job->nparts - 1].start || cut >= job->size)
			continue;
		struct part *pt = &job->part[job->nparts];
		job->part[job->nparts - 1].end = cut;
		pt->job = job;
		pt->idx = job->nparts;
		pt->start = cut;
		pt->ctx = ctx[j];
		pt->errp = &pt->err;
		job->nparts++;
	}
	job->part[job->nparts - 1].end = job->size;

	for (int j = 1; !rc && j < job->nparts; j++) {
		if (pthread_create(&job->part[j].thread, NULL, run_part, &job->part[j]) != 0) {
			rc = cs_err_set(err, CS_EXIT_ENV, "cannot start a thread");
			/* parts not started count as scanned so that no one waits */
			pthread_mutex_lock(&job->mu);
			job->scans_done += job->nparts - j;
			pthread_cond_broadcast(&job->cv);
			pthread_mutex_unlock(&job->mu);
			note_failure(job, 0);
			break;
		}
		job->part[j].started = 1;
	}

	/* part 0 on this thread: parse at once, then run on to the next valid cut */
	cs_progress_begin(job->name, (long long)(job->size - header_end));
	if (!rc) {
		p0->rc = parse_range(p0, p0->start, p0->end);
		if (!p0->rc && job->nparts > 1) {
			wait_for_scans(job);
			off_t end = actual_end(job, 0);
			if (end > p0->end)
				p0->rc = parse_range(p0, p0->end, end);
		}
		if (!p0->rc)
			p0->rc = cs_reader_finish(&p0->r);
		if (p0->rc)
			note_failure(job, 0);
	}
	for (int j = 1; j < job->nparts; j++)
		if (job->part[j].started)
			pthread_join(job->part[j].thread, NULL);
	cs_progress_end();

	/* the earliest failure is the one a single thread would have met */
	if (!rc) {
		for (int j = 0; j < job->nparts; j++) {
			struct part *pt = &job->part[j];
			if (pt->rc) {
				rc = pt->rc;
				if (j > 0)
					*err = pt->err;
				break;
			}
		}
	}
	if (!rc && !p0->r.have_header)
		rc = cs_err_at(err, CS_EXIT_DATA, job->name, 0, 0, "empty input: no header row");
	unsigned long total = 0;
	for (int j = 0; j < job->nparts; j++)
		total += job->part[j].r.nrows;
	if (nrows)
		*nrows = total;
	for (int j = 1; j < job->nparts; j++)
		cs_reader_free(&job->part[j].r);
	cs_reader_free(&p0->r);
	close(fd);
	pthread_mutex_destroy(&job->mu);
	pthread_cond_destroy(&job->cv);
	free(job);
	return rc;
}
