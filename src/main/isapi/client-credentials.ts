import type { IsapiHttp } from './http/isapi-http'
import * as capture from './endpoints/capture'
import * as faces from './endpoints/faces'
import * as facePicture from './endpoints/face-search-by-picture'
import { modifyFaces } from './endpoints/face-modify'
import { idBlockListCapabilities, setIdBlocked } from './endpoints/id-block-list'
import * as fp from './endpoints/fingerprints'
import * as iris from './endpoints/iris'
import { fetchPicture } from './endpoints/system'
import type { CallOptions } from './endpoints/common'

type Fn<F> = F extends (http: IsapiHttp, ...a: infer A) => infer R ? (...a: A) => R : never
function bind<F extends (http: IsapiHttp, ...a: never[]) => unknown>(http: IsapiHttp, f: F): Fn<F> {
  return ((...a: never[]) => f(http, ...a)) as Fn<F>
}

export function buildCredentialGroups(http: IsapiHttp) {
  return {
    fingerprints: {
      upsert: bind(http, fp.upsertFingerprint),
      upsertAsync: bind(http, fp.upsertFingerprintAsync),
      read: bind(http, fp.readFingerprints),
      modify: bind(http, fp.modifyFingerprint),
      delete: bind(http, fp.deleteFingerprints),
      /** Test-only: the station reads fingerprint limits from the capability set (system.capabilities). */
      capabilities: bind(http, fp.fingerprintCapabilities),
    },
    faces: {
      libraries: bind(http, faces.listLibraries),
      createLibrary: bind(http, faces.createLibrary),
      deleteLibrary: bind(http, faces.deleteLibrary),
      renameLibrary: bind(http, faces.renameLibrary),
      add: bind(http, faces.addFace),
      upsert: bind(http, faces.upsertFace),
      search: bind(http, faces.searchFaces),
      /** Test-only: one page of search(), which the station pages through; paging tests. */
      searchPage: bind(http, faces.searchFacesPage),
      modify: bind(http, faces.modifyFace),
      modifyMany: bind(http, modifyFaces),
      delete: bind(http, faces.deleteFaces),
      count: bind(http, faces.countFaces),
      /** Test-only: the station reads face limits from the capability set (system.capabilities). */
      capabilities: bind(http, faces.faceCapabilities),
      searchByPicture: bind(http, facePicture.searchByPicture),
      searchByPictureOffered: bind(http, facePicture.searchByPictureOffered),
    },
    iris: {
      /** Test-only: the station reads iris limits from the capability set (system.capabilities). */
      capabilities: bind(http, iris.irisCapabilities),
      /** Test-only: the holdings check counts persons, cards, faces and fingerprints; tests count irises. */
      count: bind(http, iris.countIris),
      /** Test-only: the station writes iris data with upsert. */
      add: bind(http, iris.addIris),
      upsert: bind(http, iris.upsertIris),
      search: bind(http, iris.searchIris),
      /** Test-only: the station writes iris data with upsert. */
      modify: bind(http, iris.modifyIris),
      delete: bind(http, iris.deleteIris),
    },
    /** The ID-card block list (21.19): one card at a time; no reading back. */
    idBlockList: {
      capabilities: bind(http, idBlockListCapabilities),
      set: bind(http, setIdBlocked),
    },
    capture: {
      card: bind(http, capture.captureCard),
      fingerprint: bind(http, capture.captureFingerprint),
      face: bind(http, capture.captureFace),
      iris: bind(http, capture.captureIris),
    },
    pictures: {
      /** A face or event picture by the URL the device reported (faceURL, pictureURL…), same digest session. */
      get: (url: string, o?: CallOptions) => fetchPicture(http, capture.pathOf(url), o),
    },
  }
}

export type CredentialGroups = ReturnType<typeof buildCredentialGroups>
