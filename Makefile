# Repro: `make reproduce` runs every claim and writes artifacts/report.pdf; `make test` runs the tests.
DOTNET ?= dotnet
CONFIG ?= Release
REPRO  := $(DOTNET) Harness/bin/$(CONFIG)/net10.0/repro.dll
OUT    ?= artifacts

.PHONY: all build reproduce smoke report test test-slurm bench clean verify pack

all: build

build:
	$(DOTNET) build Repro.sln -c $(CONFIG) --nologo -v quiet

# Exit code 1 means a claim FAILED: a finding shown in the report, not a broken build.
FAIL_IS_A_FINDING = || { s=$$?; [ $$s -eq 1 ] && echo "Some claims FAILED: see $(OUT)/report.pdf"; [ $$s -eq 1 ]; }

reproduce: build
	@$(REPRO) reproduce --profile review --out $(OUT) $(FAIL_IS_A_FINDING)

smoke: build
	@$(REPRO) reproduce --profile smoke --out $(OUT) $(FAIL_IS_A_FINDING)

report: build
	$(REPRO) report --out $(OUT)

test: build
	$(DOTNET) test Repro.sln -c $(CONFIG) --no-build --nologo

# deploy/slurm/reproduce.sbatch on a throwaway one-node Slurm cluster, compared with `make smoke`
# (the script builds first, so both runs use one build).
test-slurm:
	@bash deploy/slurm/test-slurm

bench: build
	$(REPRO) bench
	$(DOTNET) bench/Repro.Benchmarks/bin/$(CONFIG)/net10.0/Repro.Benchmarks.dll --filter '*'

verify: build
	$(REPRO) verify --against $(OUT)/manifest.json $(if $(SAMPLE),--sample $(SAMPLE))

# The CLI as a .NET tool: artifacts/nupkg/Repro.Rnn.Cli.<version>.nupkg, then `dotnet repro …` in this repo.
pack:
	$(DOTNET) pack Harness/Harness.csproj -c $(CONFIG) --nologo -v quiet
	$(DOTNET) tool restore --add-source artifacts/nupkg

clean:
	$(DOTNET) clean Repro.sln -c $(CONFIG) --nologo -v quiet
	rm -rf $(OUT)/store $(OUT)/results $(OUT)/figures $(OUT)/tables $(OUT)/manifest.json $(OUT)/report.pdf $(OUT)/summary.md
