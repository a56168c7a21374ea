/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-window-alliances"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-alliances-dialog.h"
#include "mg-election.h"
#include "mg-feed-source.h"
#include "mg-user-alliances.h"
#include "mg-window-private.h"

/* The alliances a user draws up for a feed that names none: read from the
 * user's file when a feed is opened, given to every result the window
 * shows of it, and edited in the Alliances dialog (Edit Alliances in the
 * main menu). A feed's own alliances always win over the user's. */

/* The user's alliances for the feed followed, read again when it is
 * another feed. A file that breaks a rule is said once, and the feed is
 * shown by party. */
static GPtrArray *
user_alliances (MgWindow *self)
{
  const char *uri = mg_feed_source_get_uri (self->source);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  if (uri == NULL || (self->user_alliances != NULL && g_strcmp0 (uri, self->user_alliances_uri) == 0))
    return self->user_alliances;
  g_clear_pointer (&self->user_alliances, g_ptr_array_unref);
  g_free (self->user_alliances_uri);
  self->user_alliances_uri = g_strdup (uri);
  path = mg_user_alliances_dup_path ();
  self->user_alliances = mg_user_alliances_load (path, uri, &error);
  if (self->user_alliances == NULL)
    {
      mg_window_show_error (self, error->message);
      self->user_alliances = g_ptr_array_new_with_free_func (g_object_unref);
    }
  return self->user_alliances;
}

/**
 * mg_window_alliances_apply:
 * @results: what is about to be shown
 *
 * Gives @results the user's alliances for the feed, when the feed names
 * none of its own.
 */
void
mg_window_alliances_apply (MgWindow   *self,
                           MgElection *results)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *alliances;

  self->feed_alliances = g_list_model_get_n_items (mg_election_get_alliances (results)) > 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-alliances", !self->feed_alliances);
  if (self->feed_alliances)
    return;
  alliances = user_alliances (self);
  if (!mg_user_alliances_apply (results, alliances, &error))
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", _("Your alliances"), error->message);

      mg_window_show_error (self, message);
      g_ptr_array_set_size (alliances, 0);
    }
}

static void
on_saved_cb (MgWindow  *self,
             GPtrArray *alliances)
{
  const char *uri = mg_feed_source_get_uri (self->source);
  g_autofree char *path = mg_user_alliances_dup_path ();
  g_autoptr (GError) error = NULL;

  if (uri == NULL || self->feed_alliances)
    return;
  if (!mg_user_alliances_save (path, uri, alliances, &error))
    {
      mg_window_show_error (self, error->message);
      return;
    }
  g_clear_pointer (&self->user_alliances, g_ptr_array_unref);
  self->user_alliances = g_ptr_array_ref (alliances);
  g_free (self->user_alliances_uri);
  self->user_alliances_uri = g_strdup (uri);
  /* Shown at once, every tab counting by them. */
  mg_election_set_alliances (self->election, (MgAlliance **) alliances->pdata, alliances->len);
}

/**
 * mg_window_alliances_edit:
 *
 * Opens the Alliances dialog for the feed shown.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when the feed
 *   names alliances of its own
 */
MgAlliancesDialog *
mg_window_alliances_edit (MgWindow *self)
{
  MgAlliancesDialog *dialog;

  if (self->feed_alliances || !self->have_data)
    return NULL;
  dialog = mg_alliances_dialog_new (GTK_WINDOW (self), self->election, user_alliances (self));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

void
mg_window_alliances_dispose (MgWindow *self)
{
  g_clear_pointer (&self->user_alliances, g_ptr_array_unref);
  g_clear_pointer (&self->user_alliances_uri, g_free);
}
