/* uuid.h — name-based UUIDs for xAPI statements no record event names (uuid.c). */
#ifndef CW_REPORT_UUID_H
#define CW_REPORT_UUID_H

/* A UUID (version 8) derived from namespace_uuid and name: the same inputs, the same UUID. */
void uuid_derived(const char *namespace_uuid, const char *name, char out[37]);

#endif
