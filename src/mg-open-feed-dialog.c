/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-open-feed-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-feed-loader.h"
#include "mg-open-feed-dialog.h"

/* Ctrl+L: asks for the address of a results feed, or a file or a folder of
 * snapshot files chosen on this computer. The caller reads the address on
 * the "response" signal. */
struct _MgOpenFeedDialog
{
  GtkDialog  parent_instance;

  GtkEntry             *entry;
  GtkFileChooserNative *chooser;
  GtkFileChooserNative *folder_chooser;
};

G_DEFINE_FINAL_TYPE (MgOpenFeedDialog, mg_open_feed_dialog, GTK_TYPE_DIALOG)

/* Enter in the address opens it. (The entry's activates-default does not
 * reach a GTK 4.8 dialog's default button once it is in the header bar.) */
static void
on_entry_activate_cb (MgOpenFeedDialog *self)
{
  gtk_dialog_response (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT);
}

/* A file or a folder chosen opens at once. */
static void
on_chooser_response_cb (MgOpenFeedDialog *self,
                        int               response,
                        GtkFileChooser   *chooser)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (chooser);
  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      gtk_editable_set_text (GTK_EDITABLE (self->entry), uri);
      gtk_dialog_response (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT);
    }
}

/* A file on this computer, through the desktop's file chooser (a portal
 * where there is one): results feeds and results CSV files, or anything. */
static void
on_choose_clicked_cb (MgOpenFeedDialog *self)
{
  if (self->chooser == NULL)
    {
      g_autoptr (GtkFileFilter) results = gtk_file_filter_new ();
      g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

      /* TRANSLATORS: the title of the file chooser opened from Open Feed */
      self->chooser = gtk_file_chooser_native_new (_("Open Results"), GTK_WINDOW (self),
                                                   GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
      /* TRANSLATORS: a file chooser's filter: Matganana feeds (JSON) and Lok Dhaba CSV files */
      gtk_file_filter_set_name (results, _("Results (feeds and CSV files)"));
      gtk_file_filter_add_mime_type (results, "application/json");
      gtk_file_filter_add_mime_type (results, "text/csv");
      gtk_file_filter_add_suffix (results, "json");
      gtk_file_filter_add_suffix (results, "csv");
      gtk_file_filter_set_name (all, _("All files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), results);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
      gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->chooser), results);
      g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* A folder of snapshot files, each a feed as it stood: a recorded count. */
static void
on_choose_folder_clicked_cb (MgOpenFeedDialog *self)
{
  if (self->folder_chooser == NULL)
    {
      /* TRANSLATORS: the title of the folder chooser opened from Open Feed */
      self->folder_chooser = gtk_file_chooser_native_new (_("Open a Folder of Snapshots"), GTK_WINDOW (self),
                                                          GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Open"),
                                                          _("_Cancel"));
      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->folder_chooser), TRUE);
      g_signal_connect_object (self->folder_chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->folder_chooser));
}

static void
mg_open_feed_dialog_dispose (GObject *object)
{
  MgOpenFeedDialog *self = MG_OPEN_FEED_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->folder_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->folder_chooser));
  g_clear_object (&self->folder_chooser);
  G_OBJECT_CLASS (mg_open_feed_dialog_parent_class)->dispose (object);
}

static void
mg_open_feed_dialog_class_init (MgOpenFeedDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_open_feed_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mg-open-feed-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MgOpenFeedDialog, entry);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_folder_clicked_cb);
}

static void
mg_open_feed_dialog_init (MgOpenFeedDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * mg_open_feed_dialog_new:
 * @parent: the window it belongs to
 * @uri: (nullable): the address to start with
 *
 * Returns: (transfer none): a new dialog, owned by GTK until destroyed
 */
MgOpenFeedDialog *
mg_open_feed_dialog_new (GtkWindow  *parent,
                         const char *uri)
{
  MgOpenFeedDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (MG_TYPE_OPEN_FEED_DIALOG,
                       "transient-for", parent,
                       "use-header-bar", TRUE,
                       NULL);
  /* The bundled feed's resource:// address is nothing a person types. */
  if (uri != NULL && !g_str_has_prefix (uri, "resource://"))
    gtk_editable_set_text (GTK_EDITABLE (self->entry), uri);
  return self;
}

/**
 * mg_open_feed_dialog_get_chooser:
 *
 * Returns: (transfer none) (nullable): the file chooser, once Choose File
 *   has opened it
 */
GtkFileChooser *
mg_open_feed_dialog_get_chooser (MgOpenFeedDialog *self)
{
  g_return_val_if_fail (MG_IS_OPEN_FEED_DIALOG (self), NULL);
  return self->chooser != NULL ? GTK_FILE_CHOOSER (self->chooser) : NULL;
}

/**
 * mg_open_feed_dialog_get_folder_chooser:
 *
 * Returns: (transfer none) (nullable): the folder chooser, once Choose
 *   Folder has opened it
 */
GtkFileChooser *
mg_open_feed_dialog_get_folder_chooser (MgOpenFeedDialog *self)
{
  g_return_val_if_fail (MG_IS_OPEN_FEED_DIALOG (self), NULL);
  return self->folder_chooser != NULL ? GTK_FILE_CHOOSER (self->folder_chooser) : NULL;
}

/**
 * mg_open_feed_dialog_dup_uri:
 *
 * Returns: (transfer full) (nullable): the URI of what was typed (a path
 *   becomes a file:// URI), or %NULL when nothing was
 */
char *
mg_open_feed_dialog_dup_uri (MgOpenFeedDialog *self)
{
  const char *text;
  g_autoptr (GFile) file = NULL;

  g_return_val_if_fail (MG_IS_OPEN_FEED_DIALOG (self), NULL);

  text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  if (*text == '\0')
    return NULL;
  file = mg_feed_loader_file_for_arg (text, NULL);
  return g_file_get_uri (file);
}
