# Repro: `make reproduce` runs every claim and writes artifacts/report.pdf; `make test` runs the tests.
DOTNET ?= dotnet
CONFIG ?= Release
REPRO  := $(DOTNET) Harness/bin/$(CONFIG)/net10.0/repro.dll
OUT    ?= artifacts

.PHONY: all build reproduce smoke report test bench clean

all: build

build:
	$(DOTNET) build Repro.sln -c $(CONFIG) --nologo -v quiet

reproduce: build
	$(REPRO) reproduce --profile review --out $(OUT)

smoke: build
	$(REPRO) run --profile smoke --out $(OUT)

report: build
	$(REPRO) report --out $(OUT)

test: build
	$(DOTNET) test Repro.sln -c $(CONFIG) --no-build --nologo

bench: build
	$(REPRO) bench
	$(DOTNET) bench/Repro.Benchmarks/bin/$(CONFIG)/net10.0/Repro.Benchmarks.dll --filter '*'

clean:
	$(DOTNET) clean Repro.sln -c $(CONFIG) --nologo -v quiet
	rm -rf $(OUT)/store $(OUT)/results $(OUT)/figures $(OUT)/manifest.json $(OUT)/report.pdf $(OUT)/summary.md
