/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mg-types.h"

G_BEGIN_DECLS

MgElection *mg_test_load_bundled (const char * const *languages);
void        mg_test_spin         (guint               msec);

G_END_DECLS
