# fuzz.mk - libFuzzer targets, included by the Makefile (docs/notes/fuzz.md).
#
#   make fuzz [FUZZ_SECONDS=60] [FUZZ_TARGETS="csv values"] [FUZZ_OPTS=...]
#        fuzz each target for FUZZ_SECONDS; new interesting inputs go to
#        fuzz/corpus/<target>/, crashers to build-fuzz/<target>-crash-*
#   make fuzz-merge   shrink fuzz/corpus/<target>/ to the inputs that add coverage
#   make fuzz-replay  run every corpus and regression input once through its
#        target (part of make check; skipped when clang with libFuzzer is absent)
#
# A target is one file, fuzz/fuzz_<name>.c, defining LLVMFuzzerTestOneInput();
# it is found by wildcard.  Its seeds live in fuzz/corpus/<name>/, the inputs
# that once failed in fuzz/regressions/<name>/.  The library is compiled again
# with clang into build-fuzz/ (coverage and sanitizers); the usual build is
# untouched and make check does not need clang.

FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_OPTS ?=
FUZZ_BUILD = build-fuzz
FUZZ_TARGETS ?= $(patsubst fuzz/fuzz_%.c,%,$(wildcard fuzz/fuzz_*.c))
FUZZ_BINS = $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz_%)
FUZZ_CFLAGS = -std=c11 -Wall -Wextra -Wno-missing-field-initializers -ffp-contract=off -pthread -g -O1 -fno-omit-frame-pointer \
	-fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_INC = $(CS_CPPFLAGS) $(GSL_CFLAGS) $(EXTRA_CFLAGS)
FUZZ_OBJS := $(LIB_SRCS:%.c=$(FUZZ_BUILD)/%.o) $(FUZZ_BUILD)/gen/help_texts.o

.PHONY: fuzz fuzz-build fuzz-replay fuzz-merge

$(FUZZ_BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_INC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

$(FUZZ_BUILD)/gen/help_texts.o: $(HELP_C)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_INC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_BUILD)/libcasestat.a: $(FUZZ_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

$(FUZZ_BUILD)/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz_util.h $(FUZZ_BUILD)/libcasestat.a
	$(FUZZ_CC) $(FUZZ_INC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_BUILD)/libcasestat.a $(LIBS)

-include $(FUZZ_OBJS:.o=.d)

fuzz-build: $(FUZZ_BINS)

fuzz: fuzz-build
	@sh fuzz/run.sh fuzz $(FUZZ_BUILD) $(FUZZ_SECONDS) "$(FUZZ_OPTS)" $(FUZZ_TARGETS)

fuzz-merge: fuzz-build
	@sh fuzz/run.sh merge $(FUZZ_BUILD) 0 "$(FUZZ_OPTS)" $(FUZZ_TARGETS)

fuzz-replay:
	@if sh fuzz/run.sh probe "$(FUZZ_CC)"; then \
		$(MAKE) --no-print-directory -s fuzz-build && \
		sh fuzz/run.sh replay $(FUZZ_BUILD) 0 "" $(FUZZ_TARGETS); \
	else \
		echo "== fuzz replay skipped: $(FUZZ_CC) with libFuzzer not found"; \
	fi
