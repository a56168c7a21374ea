/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-watchlist"

#include "config.h"

#include <string.h>

#include "mg-watchlist.h"

/* The seats and candidates the user watches, per feed: kept in the
 * settings' watched-seats (a feed's address to its seats, each
 * "STATE#NUMBER", and its candidates, each "STATE#NUMBER#NAME"), so that
 * they are there the next time the feed is opened. A feed opened under
 * another address is another feed. A candidate is known by seat and name:
 * feeds give candidates no ids, and a name is what stays from one
 * snapshot to the next. */

#define MAX_FEEDS 50

struct _MgWatchlist
{
  GObject     parent_instance;

  GSettings  *settings;
  char       *uri;
  GHashTable *seats;    /* "STATE#NUMBER" and "STATE#NUMBER#NAME" */
  GHashTable *starred;  /* "STATE#NUMBER" of each seat or candidate watched */
};

G_DEFINE_FINAL_TYPE (MgWatchlist, mg_watchlist, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
seat_key (const char *state_id,
          guint       number)
{
  return g_strdup_printf ("%s#%u", state_id, number);
}

static char *
candidate_key (const char *state_id,
               guint       number,
               const char *name)
{
  return g_strdup_printf ("%s#%u#%s", state_id, number, name);
}

/* Which seats have something watched in them: a key's "STATE#NUMBER". */
static void
index_seats (MgWatchlist *self)
{
  GHashTableIter iter;
  const char *key;

  g_hash_table_remove_all (self->starred);
  g_hash_table_iter_init (&iter, self->seats);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    {
      const char *hash = strchr (key, '#');
      const char *second = hash != NULL ? strchr (hash + 1, '#') : NULL;

      g_hash_table_add (self->starred, second != NULL ? g_strndup (key, second - key) : g_strdup (key));
    }
}

static void
mg_watchlist_finalize (GObject *object)
{
  MgWatchlist *self = MG_WATCHLIST (object);

  g_clear_object (&self->settings);
  g_free (self->uri);
  g_hash_table_unref (self->seats);
  g_hash_table_unref (self->starred);
  G_OBJECT_CLASS (mg_watchlist_parent_class)->finalize (object);
}

static void
mg_watchlist_class_init (MgWatchlistClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mg_watchlist_finalize;

  /* A seat was watched or unwatched, or another feed's seats are in. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
mg_watchlist_init (MgWatchlist *self)
{
  self->seats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->starred = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* @settings: (nullable): where the seats are kept; %NULL keeps them in
 * memory only */
MgWatchlist *
mg_watchlist_new (GSettings *settings)
{
  MgWatchlist *self = g_object_new (MG_TYPE_WATCHLIST, NULL);

  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  return self;
}

/* The seats of feed @uri, from the settings. */
void
mg_watchlist_set_uri (MgWatchlist *self,
                      const char  *uri)
{
  g_autoptr (GVariant) kept = NULL;
  g_autofree const char **seats = NULL;

  g_return_if_fail (MG_IS_WATCHLIST (self));

  g_free (self->uri);
  self->uri = g_strdup (uri);
  g_hash_table_remove_all (self->seats);
  if (self->settings != NULL && uri != NULL)
    {
      kept = g_settings_get_value (self->settings, "watched-seats");
      if (g_variant_lookup (kept, uri, "^a&s", &seats))
        for (guint i = 0; seats[i] != NULL; i++)
          g_hash_table_add (self->seats, g_strdup (seats[i]));
    }
  index_seats (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
mg_watchlist_contains (MgWatchlist *self,
                       const char  *state_id,
                       guint        number)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (MG_IS_WATCHLIST (self), FALSE);

  key = seat_key (state_id, number);
  return g_hash_table_contains (self->seats, key);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Writes this feed's seats first, then the other feeds' (at most
 * MAX_FEEDS in all). */
static void
save (MgWatchlist *self)
{
  g_autoptr (GVariant) before = NULL;
  g_autoptr (GPtrArray) seats = g_ptr_array_new ();
  GVariantBuilder builder;
  GVariantIter iter;
  GHashTableIter keys;
  const char *key;
  GVariant *value;
  guint kept = 0;

  if (self->settings == NULL || self->uri == NULL)
    return;
  g_hash_table_iter_init (&keys, self->seats);
  while (g_hash_table_iter_next (&keys, (gpointer *) &key, NULL))
    g_ptr_array_add (seats, (gpointer) key);
  g_ptr_array_sort (seats, compare_strings);
  g_ptr_array_add (seats, NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sas}"));
  if (seats->len > 1)
    {
      g_variant_builder_add (&builder, "{s^as}", self->uri, (const char * const *) seats->pdata);
      kept++;
    }
  before = g_settings_get_value (self->settings, "watched-seats");
  g_variant_iter_init (&iter, before);
  while (g_variant_iter_next (&iter, "{&s@as}", &key, &value))
    {
      if (!g_str_equal (key, self->uri) && kept < MAX_FEEDS)
        {
          g_variant_builder_add (&builder, "{s@as}", key, value);
          kept++;
        }
      g_variant_unref (value);
    }
  g_settings_set_value (self->settings, "watched-seats", g_variant_builder_end (&builder));
}

/* Adds or takes away @key (taken), and says so. */
static void
set_key (MgWatchlist *self,
         char        *key,
         gboolean     watched)
{
  gboolean changed;

  if (watched)
    changed = g_hash_table_add (self->seats, key);
  else
    {
      changed = g_hash_table_remove (self->seats, key);
      g_free (key);
    }
  if (!changed)
    return;
  index_seats (self);
  save (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
mg_watchlist_set_watched (MgWatchlist *self,
                          const char  *state_id,
                          guint        number,
                          gboolean     watched)
{
  g_return_if_fail (MG_IS_WATCHLIST (self));
  set_key (self, seat_key (state_id, number), watched);
}

gboolean
mg_watchlist_contains_candidate (MgWatchlist *self,
                                 const char  *state_id,
                                 guint        number,
                                 const char  *name)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (MG_IS_WATCHLIST (self), FALSE);

  key = candidate_key (state_id, number, name);
  return g_hash_table_contains (self->seats, key);
}

void
mg_watchlist_set_candidate_watched (MgWatchlist *self,
                                    const char  *state_id,
                                    guint        number,
                                    const char  *name,
                                    gboolean     watched)
{
  g_return_if_fail (MG_IS_WATCHLIST (self));
  g_return_if_fail (name != NULL);
  set_key (self, candidate_key (state_id, number, name), watched);
}

/**
 * mg_watchlist_watches_seat:
 *
 * Returns: whether the seat, or one of its candidates, is watched
 */
gboolean
mg_watchlist_watches_seat (MgWatchlist *self,
                           const char  *state_id,
                           guint        number)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (MG_IS_WATCHLIST (self), FALSE);

  key = seat_key (state_id, number);
  return g_hash_table_contains (self->starred, key);
}

/* Returns: how many seats have something watched in them */
guint
mg_watchlist_get_n_seats (MgWatchlist *self)
{
  g_return_val_if_fail (MG_IS_WATCHLIST (self), 0);
  return g_hash_table_size (self->starred);
}
