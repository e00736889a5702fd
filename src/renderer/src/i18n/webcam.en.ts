// Webcam dialog strings (the person drawer's face picture) (English).
export const webcamEn = {
  title: 'Take a face picture',
  starting: 'Starting the camera…',
  capture: 'Take picture',
  retake: 'Retake',
  use: 'Use this picture',
  preview: 'Camera preview',
  shot: 'Captured picture',
  denied:
    'The camera is blocked. Allow camera access for this page in the browser, then try again.',
  missing: 'No camera was found. Connect one, or upload a picture file instead.',
  busy: 'The camera is in use by another application. Close it, then try again.',
  failed: 'The camera could not start.',
  hint: 'Face the camera, evenly lit, with a plain background.',
} as const
