# shellcheck shell=bash
# Debian's chromium and a CJK font for the browser test of the printable report. Sourced by test.sh.
# Playwright drives this chromium; it never downloads a browser of its own.
#
#   hub_browser_install   apt-install chromium / fonts-noto-cjk if missing; never fails the run:
#                         without chromium the browser tests are skipped and say why

hub__browser_log() { echo "[test-browser] $*" >&2; }

hub__deb_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

hub_browser_install() {
    local pkgs=()
    [ -x /usr/bin/chromium ] || pkgs+=(chromium)
    # The page is Chinese: without a CJK font chromium prints empty boxes and the page count means nothing.
    hub__deb_installed fonts-noto-cjk || pkgs+=(fonts-noto-cjk)
    [ ${#pkgs[@]} -eq 0 ] && return 0

    if [ "$(id -u)" -ne 0 ]; then
        hub__browser_log "missing packages: ${pkgs[*]} (install them as root); the browser tests will be skipped"
        return 0
    fi
    hub__browser_log "installing ${pkgs[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null; }; then
        hub__browser_log "could not install ${pkgs[*]}; the browser tests will be skipped"
    fi
    return 0
}
