/* dataset_parallel.c - one CSV file parsed by several threads (see
 * cs_csv_read_parallel() in dataset.h).
 *
 * The header is read first.  The rest is cut at newlines into chunks of a
 * few megabytes, many more than there are threads, and each thread takes
 * the next chunk as soon as it is free: a thread on a slower (or busier)
 * core simply parses fewer chunks, instead of holding the others back.
 *
 * A cut is used only where it is provably outside quotes: for any input
 * libcsv accepts in strict mode a byte is inside quotes exactly when an odd
 * number of '"' precede it.  So a thread first counts the quotes and
 * newlines of the chunk it took (a fast pass), then waits until every
 * earlier chunk has been counted: the sums give the parity at its start and
 * its first physical line.  A chunk that starts inside quotes is not parsed
 * on its own: the thread that parses the chunk before it runs on through
 * it.  Input that breaks the parity rule has a quoting error that the
 * earlier chunk reports; the error of the earliest chunk wins, so messages
 * are those of one thread. */
#include "cli/io/dataset.h"
#include "cli/io/dataset_impl.h"
#include "cli/io/progress.h"

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
#define MAX_THREADS 64
/* Chunks: about eight per thread, each 1 to 16 MB (the tests pass smaller). */
#define CHUNK_MIN (1L << 20)
#define CHUNK_MAX (16L << 20)

struct chunk {
	off_t start, end;
	unsigned long nl, quotes;      /* line ends and quotes, counted by the thread that took it */
	int rc;                        /* exit code of the run that starts here */
	struct cs_err err;
};

struct job {
	int fd;
	const char *name;
	off_t size;
	struct chunk *chunk;
	int nchunks;
	const struct cs_reader *header;
	unsigned long header_lines;    /* newlines up to the end of the header */
	void *const *ctx;              /* one per thread */
	unsigned long rows[MAX_THREADS];

	atomic_int next;               /* the next chunk to take */
	atomic_int first_failed;       /* lowest index of a failed chunk */
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int counted;                   /* chunks [0, counted) are counted (mu) */
	unsigned char *done;           /* per chunk: counted (mu) */
};

struct worker {
	struct job *job;
	int idx;
	pthread_t thread;
	char *buf;
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

/* Count the line ends and quotes of chunk k.  A chunk ends after an LF or
 * at the end of the file, so a CRLF never straddles two, and a CR at a
 * chunk's end ends the file's last line. */
static int scan_chunk(struct job *job, int k, char *buf, unsigned long *nl, unsigned long *quotes,
		      struct cs_err *err)
{
	off_t from = job->chunk[k].start, to = job->chunk[k].end;
	int pending = 0;
	*nl = *quotes = 0;
	while (from < to) {
		size_t want = (size_t)(to - from) < CS_READ_CHUNK ? (size_t)(to - from) : CS_READ_CHUNK, got;
		int rc = read_at(job, buf, want, from, &got, err);
		if (rc)
			return rc;
		if (got == 0)
			return cs_err_set(err, CS_EXIT_ENV, "cannot read '%s': it became shorter", job->name);
		unsigned long a, b;
		cs_count_lines(buf, got, &a, &b, &pending);
		*nl += a, *quotes += b;
		from += (off_t)got;
	}
	*nl += (unsigned long)pending;
	return 0;
}

/* Publish chunk k's counts and wait until every chunk before it is counted. */
static void publish_and_wait(struct job *job, int k)
{
	pthread_mutex_lock(&job->mu);
	job->done[k] = 1;
	while (job->counted < job->nchunks && job->done[job->counted])
		job->counted++;
	pthread_cond_broadcast(&job->cv);
	while (job->counted < k)
		pthread_cond_wait(&job->cv, &job->mu);
	pthread_mutex_unlock(&job->mu);
}

/* The quote count of chunk k: its published one, or counted here when no
 * thread has done it yet (counting is cheap and has one answer). */
static int quotes_of(struct job *job, int k, char *buf, unsigned long *q, struct cs_err *err)
{
	pthread_mutex_lock(&job->mu);
	int have = job->done[k];
	pthread_mutex_unlock(&job->mu);
	if (have) {
		*q = job->chunk[k].quotes;
		return 0;
	}
	unsigned long nl;
	return scan_chunk(job, k, buf, &nl, q, err);
}

/* Parse [from, to) with reader r. */
static int parse_range(struct job *job, struct cs_reader *r, int k, int tick, char *buf, off_t from, off_t to)
{
	int rc = 0;
	while (from < to && !rc) {
		if (atomic_load(&job->first_failed) < k)
			break;                 /* an earlier chunk failed: its error wins */
		size_t want = (size_t)(to - from) < CS_READ_CHUNK ? (size_t)(to - from) : CS_READ_CHUNK, got;
		if ((rc = read_at(job, buf, want, from, &got, r->err)) != 0)
			break;
		if (got == 0) {
			rc = cs_err_set(r->err, CS_EXIT_ENV, "cannot read '%s': it became shorter", job->name);
			break;
		}
		unsigned long rows = r->nrows;
		rc = cs_reader_feed(r, buf, got);
		cs_progress_add((long long)got, (long long)(r->nrows - rows));
		if (tick)
			cs_progress_tick();     /* only the calling thread prints */
		from += (off_t)got;
	}
	return rc;
}

/* Chunk k starts outside quotes (sum of quotes before it is even): parse it
 * and any following chunks that start inside quotes, with ctx. */
static int run_from(struct job *job, struct worker *w, int k, unsigned long quotes_before)
{
	struct chunk *c = &job->chunk[k];
	unsigned long lines = job->header_lines;
	for (int i = 0; i < k; i++)
		lines += job->chunk[i].nl;
	struct cs_reader r;
	int rc = cs_reader_init_after_header(&r, job->header, job->ctx[w->idx], &c->err, lines);
	if (rc)
		return rc;
	int m = k;
	unsigned long q = quotes_before + c->quotes;
	for (;;) {
		rc = parse_range(job, &r, k, w->idx == 0, w->buf, job->chunk[m].start, job->chunk[m].end);
		if (rc || ++m == job->nchunks)
			break;
		if (q % 2 == 0)
			break;                 /* chunk m starts outside quotes: its own */
		unsigned long qm;
		if ((rc = quotes_of(job, m, w->buf, &qm, &c->err)) != 0)
			break;
		q += qm;
	}
	if (!rc && atomic_load(&job->first_failed) > k)
		rc = cs_reader_finish(&r);
	job->rows[w->idx] += r.nrows;
	cs_reader_free(&r);
	return rc;
}

static void *work(void *arg)
{
	struct worker *w = arg;
	struct job *job = w->job;
	for (;;) {
		int k = atomic_fetch_add(&job->next, 1);
		if (k >= job->nchunks)
			break;
		struct chunk *c = &job->chunk[k];
		c->rc = scan_chunk(job, k, w->buf, &c->nl, &c->quotes, &c->err);
		if (c->rc)
			note_failure(job, k);
		publish_and_wait(job, k);
		if (c->rc)
			continue;
		if (atomic_load(&job->first_failed) < k)
			continue;
		unsigned long q = 0;
		for (int i = 0; i < k; i++)
			q += job->chunk[i].quotes;
		if (q % 2)
			continue;              /* inside quotes: the run before covers it */
		if ((c->rc = run_from(job, w, k, q)) != 0)
			note_failure(job, k);
	}
	return NULL;
}

/* Read the header with reader h from the start of the file; *end is the
 * offset just after it.  h is fed whole lines only, up to the one that
 * completes the header, so it never sees a data row.  Returns 0, an exit
 * code, or -1 when the header cannot be delimited that way (no newline in
 * the first megabyte, or records ended by a lone CR, as in old Mac files,
 * whose chunks could not be cut at LFs anyway): the caller then streams
 * the file on one thread. */
static int read_header(struct job *job, struct cs_reader *h, off_t *end, struct cs_err *err)
{
	static const unsigned char bom[3] = { 0xEF, 0xBB, 0xBF };
	size_t cap = 1 << 20, have = 0;
	char *buf = malloc(cap);
	if (!buf)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	int rc = 0;
	while (have < cap && (off_t)have < job->size) {
		size_t got;
		if ((rc = read_at(job, buf + have, cap - have, (off_t)have, &got, err)) != 0 || got == 0)
			break;
		have += got;
	}
	size_t i = have >= 3 && memcmp(buf, bom, 3) == 0 ? 3 : 0, seg = i;
	int inq = 0;
	for (rc = rc ? rc : -1; rc == -1 && i < have; i++) {
		if (buf[i] == '"') {
			inq = !inq;
		} else if (buf[i] == '\r' && !inq && (i + 1 >= have || buf[i + 1] != '\n')) {
			break;                     /* a lone CR: leave it to one thread */
		} else if (buf[i] == '\n' && !inq) {
			if ((rc = cs_reader_feed(h, buf + seg, i + 1 - seg)) != 0)
				break;
			rc = -1;
			seg = i + 1;
			if (h->have_header) {
				*end = (off_t)i + 1;
				rc = 0;
			}
		}
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

/* Cut [from, size) into chunks of about `size` bytes at newlines. */
static int plan_chunks(struct job *job, off_t from, off_t size, struct cs_err *err)
{
	int cap = (int)((job->size - from) / size) + 2, rc = 0;
	job->chunk = calloc((size_t)cap, sizeof *job->chunk);
	job->done = calloc((size_t)cap, 1);
	if (!job->chunk || !job->done)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	job->nchunks = 0;
	while (from < job->size && job->nchunks < cap) {
		off_t end = job->nchunks + 1 < cap && job->size - from > size
			? next_line(job, from + size - 1, err, &rc) : job->size;
		if (rc)
			return rc;
		job->chunk[job->nchunks].start = from;
		job->chunk[job->nchunks].end = end;
		job->nchunks++;
		from = end;
	}
	return 0;
}

int cs_csv_read_parallel_with(const char *path, const struct cs_csv_opts *o, const char *const *columns,
			      size_t ncols, cs_row_fn fn, void *const *ctx, int nctx,
			      unsigned long *nrows, struct cs_err *err)
{
	off_t chunk_bytes = o && o->chunk_bytes > 0 ? (off_t)o->chunk_bytes : 0;
	if (nctx < 2 || strcmp(path, "-") == 0)
		return cs_csv_read_with(path, o, columns, ncols, fn, ctx[0], nrows, err);
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
	    st.st_size < (chunk_bytes ? 2 * chunk_bytes : PARALLEL_MIN_BYTES)) {
		if (fd >= 0)
			close(fd);
		return cs_csv_read_with(path, o, columns, ncols, fn, ctx[0], nrows, err);
	}
	if (nctx > MAX_THREADS)
		nctx = MAX_THREADS;

	struct job *job = calloc(1, sizeof *job);
	struct worker *w = calloc((size_t)nctx, sizeof *w);
	struct cs_reader h;
	int rc = !job || !w ? cs_err_set(err, CS_EXIT_ENV, "out of memory") : 0;
	int have_h = 0, nstarted = 0;
	off_t header_end = 0;
	if (job) {
		pthread_mutex_init(&job->mu, NULL);
		pthread_cond_init(&job->cv, NULL);
	}
	if (!rc) {
		job->fd = fd;
		job->name = cs_input_name(path);
		job->size = st.st_size;
		job->ctx = ctx;
		atomic_init(&job->next, 0);
		atomic_init(&job->first_failed, INT_MAX);
		rc = cs_reader_init(&h, job->name, columns, ncols, fn, ctx[0], err);
		have_h = !rc;
		if (have_h)
			cs_reader_configure(&h, o);
	}
	if (!rc)
		rc = read_header(job, &h, &header_end, err);
	if (rc == -1) {                  /* no clear header line: one thread */
		cs_reader_free(&h);
		close(fd);
		pthread_mutex_destroy(&job->mu);
		pthread_cond_destroy(&job->cv);
		free(job), free(w);
		return cs_csv_read_with(path, o, columns, ncols, fn, ctx[0], nrows, err);
	}
	if (!rc) {
		job->header = &h;
		job->header_lines = h.lines;
		off_t body = job->size - header_end, size = chunk_bytes;
		if (!size) {
			size = body / (8 * nctx);
			size = size < CHUNK_MIN ? CHUNK_MIN : size > CHUNK_MAX ? CHUNK_MAX : size;
		}
		rc = plan_chunks(job, header_end, size, err);
	}
	for (int i = 0; !rc && i < nctx; i++) {
		w[i].job = job;
		w[i].idx = i;
		if (!(w[i].buf = malloc(CS_READ_CHUNK)))
			rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}

	/* threads 1.. start; this thread is worker 0 (and prints the progress) */
	if (!rc) {
		cs_progress_begin(job->name, (long long)(job->size - header_end));
		for (nstarted = 1; nstarted < nctx; nstarted++)
			if (pthread_create(&w[nstarted].thread, NULL, work, &w[nstarted]) != 0)
				break;         /* fewer threads: the chunks still all get done */
		work(&w[0]);
		for (int i = 1; i < nstarted; i++)
			pthread_join(w[i].thread, NULL);
		cs_progress_end();
		/* the earliest failure is the one a single thread would have met */
		int f = atomic_load(&job->first_failed);
		if (f < job->nchunks) {
			rc = job->chunk[f].rc;
			*err = job->chunk[f].err;
		}
	}
	if (!rc && !h.have_header)
		rc = cs_err_at(err, CS_EXIT_DATA, job->name, 0, 0, "empty input: no header row");
	if (nrows && job) {
		unsigned long total = 0;
		for (int i = 0; i < nctx; i++)
			total += job->rows[i];
		*nrows = total;
	}
	for (int i = 0; w && i < nctx; i++)
		free(w[i].buf);
	if (have_h)
		cs_reader_free(&h);
	close(fd);
	if (job) {
		pthread_mutex_destroy(&job->mu);
		pthread_cond_destroy(&job->cv);
		free(job->chunk);
		free(job->done);
	}
	free(job), free(w);
	return rc;
}

int cs_csv_read_parallel(const char *path, const char *const *columns, size_t ncols,
			 cs_row_fn fn, void *const *ctx, int nctx,
			 unsigned long *nrows, struct cs_err *err)
{
	return cs_csv_read_parallel_with(path, NULL, columns, ncols, fn, ctx, nctx, nrows, err);
}

int cs_csv_read_parallel_chunked(const char *path, const char *const *columns, size_t ncols,
				 cs_row_fn fn, void *const *ctx, int nctx, long chunk_bytes,
				 unsigned long *nrows, struct cs_err *err)
{
	struct cs_csv_opts o = { ',', 0, chunk_bytes > 0 ? chunk_bytes : 1 };
	return cs_csv_read_parallel_with(path, &o, columns, ncols, fn, ctx, nctx, nrows, err);
}
