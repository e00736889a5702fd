// The English translation namespace: the shared strings with every feature's under its name. In
// the first bundle (English is the default and the fallback).
import { en } from './en'
import { featuresEn } from './features'

export const translationEn = { ...en, ...featuresEn }
