export { EventList } from './EventList';
export { EventCount } from './EventCount';
export { EventDetails, EventNotFound } from './EventDetails';
export { UndatedTray } from './UndatedTray';
export { ExportMenu } from './ExportMenu';
export { CopyLinkButton } from './CopyLinkButton';
export { byChronology, neighboursOf } from './chronology';
export { sourceDocumentUrls } from './sourceDocument';
