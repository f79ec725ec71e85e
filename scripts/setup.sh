#!/usr/bin/env bash
# Installs what building factpress and running its tests needs on a Debian machine. Safe to run again.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
# Browser tests (page rendering, accessibility, hostile content) run in Debian's headless Chromium.
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
# pdftoppm / pdftotext, to look at and read back the PDF briefs.
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${need[@]}"
fi
# Print the versions in use. (Not `| head -1`: under pipefail, head closing the pipe early fails the script.)
java -version 2>&1 | sed -n 1p
mvn -v 2>&1 | sed -n 1p
