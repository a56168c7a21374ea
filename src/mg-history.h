/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A feed's stored snapshots, or a folder of snapshot files (mg-history.c). */
typedef struct _MgHistory MgHistory;

typedef struct {
  char      *path;
  char      *sum;      /* the start of the body's SHA-256, in hex; NULL in a folder */
  GDateTime *fetched;  /* UTC; in a folder, the feed's own time or the file's */
  guint64    size;     /* bytes on disk */
} MgHistoryEntry;

/* The size kept per feed unless the user says otherwise: 256 MiB. */
#define MG_HISTORY_DEFAULT_LIMIT (G_GUINT64_CONSTANT (256) * 1024 * 1024)

char                 *mg_history_dup_dir       (const char *uri);
MgHistory            *mg_history_open          (const char *uri,
                                                guint64     limit);
MgHistory            *mg_history_open_folder   (const char *path,
                                                GError    **error);
void                  mg_history_free          (MgHistory  *self);
void                  mg_history_set_limit     (MgHistory  *self,
                                                guint64     limit);
gboolean              mg_history_is_read_only  (MgHistory  *self);
GPtrArray            *mg_history_get_skipped   (MgHistory  *self);
guint                 mg_history_get_n_entries (MgHistory  *self);
const MgHistoryEntry *mg_history_get_entry     (MgHistory  *self,
                                                guint       index);
gboolean              mg_history_add           (MgHistory  *self,
                                                GBytes     *body,
                                                GDateTime  *fetched,
                                                gboolean   *added,
                                                GError    **error);
GBytes               *mg_history_load          (MgHistory  *self,
                                                guint       index,
                                                GError    **error);
int                   mg_history_find_at       (MgHistory  *self,
                                                GDateTime  *when);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgHistory, mg_history_free)

G_END_DECLS
