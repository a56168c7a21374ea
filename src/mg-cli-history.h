/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mg-types.h"

G_BEGIN_DECLS

char       *mg_cli_dup_folder (const char *feed);
int         mg_cli_history    (const char *feed);
MgElection *mg_cli_load_at    (const char *feed,
                               const char *at,
                               int        *status);

G_END_DECLS
