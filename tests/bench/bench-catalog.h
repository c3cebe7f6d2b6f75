/* bench-catalog.h - the generated catalog the lint and keystroke benchmarks share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-catalog.h"

G_BEGIN_DECLS

ScCatalog *sc_bench_generate_catalog (guint n_products);

G_END_DECLS
