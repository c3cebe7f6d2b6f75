/* sc-csv.h - CSV reading, writing and cell helpers in one include
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-csv-cells.h"
#include "sc-csv-reader.h"
#include "sc-csv-writer.h"
