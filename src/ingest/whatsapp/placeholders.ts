// Localised texts WhatsApp writes in place of a message body. The lists cover the locales of the
// reference corpus (shared/data/real/whatsapp_exports); an unknown locale still imports, classed
// `placeholder` (iOS marks generated bodies) or `text`, never dropped.

/** "This message was deleted" / "You deleted this message", per locale (prefix match, case-insensitive). */
export const DELETED_PREFIXES: readonly string[] = [
  'this message was deleted',
  'you deleted this message',
  'tato zpráva byla odstraněna',
  'tuto zprávu jste smazal',
  'данное сообщение удалено',
  'вы удалили данное сообщение',
  'dit bericht is verwijderd',
  'je hebt dit bericht verwijderd',
  'diese nachricht wurde gelöscht',
  'du hast diese nachricht gelöscht',
  'ce message a été supprimé',
  'vous avez supprimé ce message',
  'questo messaggio è stato eliminato',
  'hai eliminato questo messaggio',
  'se eliminó este mensaje',
  'eliminaste este mensaje',
  'esta mensagem foi apagada',
  'apagou esta mensagem',
  'це повідомлення видалено',
  'ви видалили це повідомлення',
  'pesan ini telah dihapus',
  'anda menghapus pesan ini',
  'このメッセージは削除されました',
  'このメッセージを削除しました',
  'ข้อความนี้ถูกลบแล้ว',
  'คุณได้ลบข้อความนี้',
  'tin nhắn này đã bị xoá',
  'bạn đã xoá tin nhắn này',
  'تم حذف هذه الرسالة',
  'لقد حذَفت هذه الرسالة',
  'أنت حذفت هذه الرسالة',
  'यह मैसेज डिलीट किया गया',
  'आपने यह मैसेज डिलीट किया',
];

/** Words of iOS "image omitted" / "document omitted" bodies (substring match). */
export const OMITTED_WORDS: readonly string[] = [
  'omitted',
  'absente',
  'manquant',
  'weggelassen',
  'omess',
  'omitid',
  'vynechán',
  'отсутствует',
  'відсутнє',
  'пропущено',
  'tidak disertakan',
  '含まれていません',
  'ไม่มี',
  'ละเว้น',
  'bỏ qua',
  'لم يتم إدراج',
  'हटाई',
  'छोड़ा',
  'não revelad',
];

/** English notices of hand-made or older exports that carry no direction mark. */
export const NOTICE_PREFIXES: readonly string[] = [
  'messages and calls are end-to-end encrypted',
  'messages to this group are now secured',
  'messages you send to this group are now secured',
  'messages you send to this chat and calls are now secured',
];

// Every localised encryption notice names the service; Arabic writes it in Arabic script.
export const SERVICE_NAMES = /WhatsApp|واتساب/u;
