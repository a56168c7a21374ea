/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mg-types.h"

G_BEGIN_DECLS

typedef gboolean (*MgTestCondition) (gpointer data);

/* Iterates the default main context until @condition holds, failing the
 * test, at the caller's line, when it still does not after a generous while. */
#define mg_test_wait_for(condition, data) \
  mg_test_wait_for_at (__FILE__, __LINE__, G_STRFUNC, #condition, (condition), (data))

MgElection *mg_test_parse        (const char         *json,
                                  const char * const *languages);
MgElection *mg_test_load_bundled (const char * const *languages);
void        mg_test_spin         (guint               msec);
void        mg_test_wait_for_at  (const char         *file,
                                  int                 line,
                                  const char         *func,
                                  const char         *what,
                                  MgTestCondition     condition,
                                  gpointer            data);

G_END_DECLS
