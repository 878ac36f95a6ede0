/**
 * Where the sync keeps its state inside Confluence: the adapters of core's sync ports and the services' settings
 * port. {@link ContentPropertySyncStateStore} keeps a page's {@code SyncRecord}s with the page, as one JSON document
 * ({@link SyncRecordJson}) in a text content property, and never overwrites one it cannot read;
 * {@link ClusterLockServiceLock} is the page lock over beehive's cluster lock service; and
 * {@link PluginSettingsSyncDefaults} reads the administrator's sync settings from SAL's plugin settings.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.confluence.sync;

import org.jspecify.annotations.NullMarked;
