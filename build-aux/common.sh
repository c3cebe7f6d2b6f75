# common.sh - shared by build-aux/run and build-aux/test (sourced, not run)
# SPDX-License-Identifier: GPL-3.0-or-later

# What a fresh Debian 12 machine needs to build and run Shopcraft.
SC_BUILD_PACKAGES="build-essential meson ninja-build pkg-config gettext
  libglib2.0-dev libgtk-4-dev libadwaita-1-dev libxml2-dev libsqlite3-dev
  libcairo2-dev libpango1.0-dev libfontconfig-dev libjson-glib-dev libxml2-utils sqlite3
  desktop-file-utils appstream libgtk-4-bin adwaita-icon-theme librsvg2-common
  fonts-cantarell fonts-dejavu-core libgl1-mesa-dri"

# What the tests need on top: a display, a session bus, AT-SPI, validators.
SC_TEST_PACKAGES="xvfb xauth dbus-daemon at-spi2-core python3 python3-gi
  gir1.2-atspi-2.0 gir1.2-gtk-4.0 imagemagick xdotool flatpak-builder"

# build-aux/fuzz: clang with libFuzzer and the sanitizer runtimes.
SC_FUZZ_PACKAGES="clang libclang-rt-14-dev"

# build-aux/bench: the peer apps measured beside Shopcraft.
SC_BENCH_PACKAGES="gnome-text-editor gnome-calculator"

sc_top=$(cd "$(dirname "$0")/.." && pwd)
sc_build="$sc_top/build"

sc_missing_packages () {
  missing=
  for pkg in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in
      *" installed") ;;
      *) missing="$missing $pkg" ;;
    esac
  done
  echo "$missing"
}

# sc_ensure_packages PKG... — install what is missing, or print the one
# command that would and fail.
sc_ensure_packages () {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "build-aux: not a Debian system; install the equivalents of: $*" >&2
    return 0
  fi
  missing=$(sc_missing_packages "$@")
  [ -z "$missing" ] && return 0

  if [ "$(id -u)" = 0 ]; then
    sudo=
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=sudo
  else
    echo "build-aux: these packages are missing; install them with:" >&2
    echo "  sudo apt-get install -y --no-install-recommends$missing" >&2
    exit 1
  fi

  echo "build-aux: installing$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2
  # shellcheck disable=SC2086
  $sudo apt-get install -y -qq --no-install-recommends $missing >&2
}

# sc_setup_build DIR [MESON ARGS...] — configure once, reconfigure only
# when the options change.
sc_setup_build () {
  dir=$1
  shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$sc_top" "$@"
  fi
}
