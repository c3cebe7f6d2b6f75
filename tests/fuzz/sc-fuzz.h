/* sc-fuzz.h - the one function every fuzz target defines
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer calls it in the clang build (-Dfuzzing=true); fuzz-replay.c
 * calls it on every saved input in the normal build, so a target that
 * stops compiling or starts crashing on its corpus fails `meson test`.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);
