/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mg-types.h"

G_BEGIN_DECLS

GPtrArray *mg_count_changes_list_seats  (MgStateResult *before,
                                         MgStateResult *after);
char      *mg_count_changes_dup_heading (MgStateResult *before,
                                         MgStateResult *after,
                                         const char    *since);
GPtrArray *mg_count_changes_dup_tables  (MgStateResult *before,
                                         MgStateResult *after,
                                         const char    *then,
                                         const char    *now);

G_END_DECLS
