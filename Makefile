# casestat - GNU Makefile.  `make` builds ./casestat; `make check` and
# `make demo` first run scripts/deps.sh, which installs what is missing.

VERSION = 0.1.0

PREFIX ?= /usr/local
prefix ?= $(PREFIX)
exec_prefix ?= $(prefix)
bindir ?= $(exec_prefix)/bin
datarootdir ?= $(prefix)/share
mandir ?= $(datarootdir)/man
man1dir ?= $(mandir)/man1

CC ?= cc
CFLAGS ?= -O2 -g
PKG_CONFIG ?= pkg-config
INSTALL ?= install

# Flags the project needs whatever CFLAGS says: the language, warnings, and
# no fused multiply-add, so results do not change with the target CPU.
# Tables leave trailing struct members out on purpose (C zeroes them), so
# -Wmissing-field-initializers (part of -Wextra) is off.
CS_CFLAGS = -std=c11 -Wall -Wextra -Wno-missing-field-initializers -ffp-contract=off -pthread
CS_CPPFLAGS = -D_GNU_SOURCE -DCS_VERSION='"$(VERSION)"' -I.

# Sanitizer builds: make check SAN=1 (ASan + UBSan, objects in build-san/);
# make check-tsan (ThreadSanitizer on the threaded reading, in build-tsan/).
ifeq ($(SAN),1)
BUILD = build-san
CS_CFLAGS += -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
CS_LDFLAGS = -fsanitize=address,undefined
else ifeq ($(TSAN),1)
BUILD = build-tsan
CS_CFLAGS += -g -O1 -fno-omit-frame-pointer -fsanitize=thread
CS_LDFLAGS = -fsanitize=thread
else
BUILD = build
CS_LDFLAGS =
endif

GSL_CFLAGS := $(shell $(PKG_CONFIG) --cflags gsl 2>/dev/null)
GSL_LIBS := $(shell $(PKG_CONFIG) --libs gsl 2>/dev/null || echo -lgsl -lgslcblas -lm)
CMOCKA_CFLAGS := $(shell $(PKG_CONFIG) --cflags cmocka 2>/dev/null)
CMOCKA_LIBS := $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null || echo -lcmocka)
CSV_LIBS = -lcsv
# inih reads recipes, nettle computes SHA-256 for manifests; spreadsheets
# (cli/io/sheet*.c): libzip opens .xlsx/.ods and inflates a part piece by
# piece with its size known first, expat reads their XML as a stream of
# events, FreeXL reads the binary BIFF format of .xls
EXTRA_PKGS = inih nettle libzip expat freexl
EXTRA_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(EXTRA_PKGS) 2>/dev/null)
EXTRA_LIBS := $(shell $(PKG_CONFIG) --libs $(EXTRA_PKGS) 2>/dev/null || echo -linih -lnettle -lzip -lexpat -lfreexl)
LIBS = $(CSV_LIBS) $(EXTRA_LIBS) $(GSL_LIBS) -lm -pthread

ALL_CFLAGS = $(CS_CFLAGS) $(GSL_CFLAGS) $(EXTRA_CFLAGS) $(CFLAGS)
ALL_CPPFLAGS = $(CS_CPPFLAGS) $(CPPFLAGS)

CLI_LAYERS = core io frame cmd report
LIB_SRCS := $(wildcard analysis/*.c) $(wildcard plots/*.c) $(foreach d,$(CLI_LAYERS),$(wildcard cli/$(d)/*.c)) \
	$(filter-out cli/main.c,$(wildcard cli/*.c))
# The help texts (cli/help/*.txt), embedded by scripts/embed_help.sh.
HELP_TXT := $(wildcard cli/help/*.txt)
HELP_C = $(BUILD)/gen/help_texts.c
LIB_OBJS := $(LIB_SRCS:%.c=$(BUILD)/%.o) $(BUILD)/gen/help_texts.o
MAIN_OBJ := $(BUILD)/cli/main.o
TEST_SRCS := $(wildcard tests/test_*.c)
TEST_BINS := $(TEST_SRCS:tests/%.c=$(BUILD)/tests/%)
BIN = casestat$(if $(filter 1,$(SAN)),-san)$(if $(filter 1,$(TSAN)),-tsan)

# Each test binary gets this many seconds before it counts as hung.
TEST_TIMEOUT ?= 300

.PHONY: all check demo install uninstall clean deps unit-tests cli-tests check-build locales bench check-tsan
.DEFAULT_GOAL := all

all: $(BIN)

$(BIN): $(MAIN_OBJ) $(BUILD)/libcasestat.a
	$(CC) $(CS_LDFLAGS) $(LDFLAGS) -o $@ $(MAIN_OBJ) $(BUILD)/libcasestat.a $(LIBS)

$(BUILD)/libcasestat.a: $(LIB_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(HELP_C): scripts/embed_help.sh $(HELP_TXT)
	@mkdir -p $(dir $@)
	@sh scripts/embed_help.sh $@ $(HELP_TXT)

$(BUILD)/gen/help_texts.o: $(HELP_C)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/tests/%: tests/%.c tests/test_util.h $(BUILD)/libcasestat.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) $(CS_LDFLAGS) $(LDFLAGS) -o $@ $< \
		$(BUILD)/libcasestat.a $(CMOCKA_LIBS) $(LIBS)

-include $(LIB_OBJS:.o=.d) $(MAIN_OBJ:.o=.d)

# check and demo install what is missing first, then build in a second make
# so that pkg-config sees the freshly installed libraries.
check: deps
	@$(MAKE) --no-print-directory check-build

check-build: $(BIN) $(TEST_BINS)
	@sh scripts/layers.sh
	@$(MAKE) --no-print-directory unit-tests cli-tests fuzz-replay

# Comma-decimal locales (ru_RU, kk_KZ) for the tests that check numbers
# never follow LC_NUMERIC; C.UTF-8 is built into glibc, so LOCPATH loses nothing.
LOCALES = $(BUILD)/locale
locales:
	@sh scripts/mklocales.sh $(LOCALES)

unit-tests: $(TEST_BINS) locales
	@status=0; for t in $(TEST_BINS); do \
		echo "== $$t"; \
		LOCPATH=$(abspath $(LOCALES)) timeout $(TEST_TIMEOUT) ./$$t || { echo "FAILED: $$t (exit $$?)"; status=1; }; \
	done; exit $$status

cli-tests: $(BIN) locales
	@LOCPATH=$(abspath $(LOCALES)) timeout $(TEST_TIMEOUT) sh tests/cli/run.sh ./$(BIN)

# ThreadSanitizer on what runs on several threads: the parallel reader's
# unit tests and the command tests of --threads (make check-tsan).
check-tsan: deps
	@$(MAKE) --no-print-directory TSAN=1 casestat-tsan build-tsan/tests/test_dataset_parallel locales
	@TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 ./build-tsan/tests/test_dataset_parallel
	@LOCPATH=$(abspath $(LOCALES)) TSAN_OPTIONS=halt_on_error=1 sh tests/cli/run.sh ./casestat-tsan t_threads.sh

# The demonstration: the sample recipe into out/demo (replacing an earlier
# one); the report is out/demo/report.md.
demo: deps
	@$(MAKE) -s --no-print-directory $(BIN)
	@./$(BIN) run datasets/recipes/demo.recipe -o out/demo --force
	@sed -n '/^## complained_in_case_file/,/^Method/p' out/demo/report.md
	@echo 'The whole report, with every table and figure: out/demo/report.md'

deps:
	@sh scripts/deps.sh

# Side-by-side timings against datamash and Miller (when installed):
# make bench [BENCH_ROWS=10000000] [BENCH_RUNS=5].  Not part of check.
BENCH_ROWS ?= 10000000
BENCH_RUNS ?= 5
$(BUILD)/bench/gen: bench/gen.c
	@mkdir -p $(dir $@)
	$(CC) $(CS_CFLAGS) $(CFLAGS) -o $@ $<
$(BUILD)/bench/bare_libcsv: bench/bare_libcsv.c
	@mkdir -p $(dir $@)
	$(CC) $(CS_CFLAGS) $(CFLAGS) -o $@ $< $(CSV_LIBS) -pthread
bench: $(BIN) $(BUILD)/bench/gen $(BUILD)/bench/bare_libcsv
	@sh bench/run.sh ./$(BIN) $(BENCH_ROWS) $(BENCH_RUNS)

# libFuzzer targets: make fuzz, make fuzz-replay (fuzz/fuzz.mk)
include fuzz/fuzz.mk

install: $(BIN)
	$(INSTALL) -d $(DESTDIR)$(bindir) $(DESTDIR)$(man1dir)
	$(INSTALL) -m 0755 $(BIN) $(DESTDIR)$(bindir)/casestat
	$(INSTALL) -m 0644 docs/casestat.1 $(DESTDIR)$(man1dir)/casestat.1

uninstall:
	rm -f $(DESTDIR)$(bindir)/casestat $(DESTDIR)$(man1dir)/casestat.1

clean:
	rm -rf build build-san build-tsan build-fuzz casestat casestat-san casestat-tsan
