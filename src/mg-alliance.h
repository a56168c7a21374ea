/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_ALLIANCE (mg_alliance_get_type ())

G_DECLARE_FINAL_TYPE (MgAlliance, mg_alliance, MG, ALLIANCE, GObject)

MgAlliance         *mg_alliance_new         (const char         *id,
                                             const char         *name,
                                             const char * const *parties);
const char         *mg_alliance_get_id      (MgAlliance         *self);
const char         *mg_alliance_get_name    (MgAlliance         *self);
const char * const *mg_alliance_get_parties (MgAlliance         *self);
gboolean            mg_alliance_has_party   (MgAlliance         *self,
                                             const char         *party_id);
gboolean            mg_alliance_get_color   (MgAlliance         *self,
                                             guint32            *rgb);
void                mg_alliance_set_color   (MgAlliance         *self,
                                             gboolean            has_color,
                                             guint32             rgb);
gboolean            mg_alliance_equal       (MgAlliance         *a,
                                             MgAlliance         *b);

G_END_DECLS
