/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-alliance"

#include "config.h"

#include "mg-alliance.h"

/* An alliance of parties, as a feed's "alliances" give it: an id, a name,
 * a colour when the feed gives one, and its parties' ids (a party is in
 * one alliance at most; the parser checks that). What an alliance won or
 * leads in is counted in mg-tally.c, never kept here. */
struct _MgAlliance
{
  GObject   parent_instance;

  char     *id;
  char     *name;
  GStrv     parties;
  gboolean  has_color;
  guint32   rgb;
};

G_DEFINE_FINAL_TYPE (MgAlliance, mg_alliance, G_TYPE_OBJECT)

static void
mg_alliance_finalize (GObject *object)
{
  MgAlliance *self = MG_ALLIANCE (object);

  g_free (self->id);
  g_free (self->name);
  g_strfreev (self->parties);
  G_OBJECT_CLASS (mg_alliance_parent_class)->finalize (object);
}

static void
mg_alliance_class_init (MgAllianceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mg_alliance_finalize;
}

static void
mg_alliance_init (MgAlliance *self)
{
}

/* @parties: the ids of its parties, %NULL-terminated */
MgAlliance *
mg_alliance_new (const char         *id,
                 const char         *name,
                 const char * const *parties)
{
  MgAlliance *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (MG_TYPE_ALLIANCE, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name != NULL ? name : id);
  self->parties = g_strdupv ((char **) (parties != NULL ? parties : (const char * const[]) { NULL }));
  return self;
}

const char *
mg_alliance_get_id (MgAlliance *self)
{
  g_return_val_if_fail (MG_IS_ALLIANCE (self), NULL);
  return self->id;
}

const char *
mg_alliance_get_name (MgAlliance *self)
{
  g_return_val_if_fail (MG_IS_ALLIANCE (self), NULL);
  return self->name;
}

const char * const *
mg_alliance_get_parties (MgAlliance *self)
{
  g_return_val_if_fail (MG_IS_ALLIANCE (self), NULL);
  return (const char * const *) self->parties;
}

gboolean
mg_alliance_has_party (MgAlliance *self,
                       const char *party_id)
{
  g_return_val_if_fail (MG_IS_ALLIANCE (self), FALSE);
  return party_id != NULL && g_strv_contains ((const char * const *) self->parties, party_id);
}

/* Returns: whether the feed gave the alliance a colour (then in @rgb) */
gboolean
mg_alliance_get_color (MgAlliance *self,
                       guint32    *rgb)
{
  g_return_val_if_fail (MG_IS_ALLIANCE (self), FALSE);
  if (self->has_color && rgb != NULL)
    *rgb = self->rgb;
  return self->has_color;
}

void
mg_alliance_set_color (MgAlliance *self,
                       gboolean    has_color,
                       guint32     rgb)
{
  g_return_if_fail (MG_IS_ALLIANCE (self));
  self->has_color = has_color;
  self->rgb = has_color ? rgb : 0;
}

/* Returns: whether @a and @b are the same alliance, party for party */
gboolean
mg_alliance_equal (MgAlliance *a,
                   MgAlliance *b)
{
  g_return_val_if_fail (MG_IS_ALLIANCE (a) && MG_IS_ALLIANCE (b), FALSE);
  return g_str_equal (a->id, b->id) && g_str_equal (a->name, b->name) && a->has_color == b->has_color &&
         a->rgb == b->rgb && g_strv_equal ((const char * const *) a->parties, (const char * const *) b->parties);
}
