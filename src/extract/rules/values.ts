/** Money and quantities: mentions that feed relations and events, never graph entities. */

export const MONEY =
  /(?:[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m))?|\d[\d,.]*\s?(?:million|billion|trillion)?\s?(?:dollars|euros|pounds|rubles|roubles|hryvnias|yuan))/giu;

export const QUANTITY =
  /\b\d[\d,.]*\s?(?:mm|km|kilometres|kilometers|miles|metres|meters|tons|tonnes|kg|percent|per cent|%)\b/giu;
